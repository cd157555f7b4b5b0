package org.vacancypress.core.render.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;

/**
 * Joins the {@code Link} elements openhtmltopdf makes for each line a link's text runs over, so
 * that a link broken over two lines reads as one link.
 */
final class SplitLinks {

    private static final COSName LINK = COSName.getPDFName("Link");
    private static final COSName OBJ = COSName.getPDFName("Obj");

    private SplitLinks() {
    }

    /**
     * openhtmltopdf makes a {@code Link} element for each line a link's text runs over. Two links
     * to one target with no content between them in reading order become one, holding both
     * lines' text and annotations.
     */
    static void join(COSDictionary root, Map<Integer, COSBase> parents) {
        List<LinkSpan> links = new ArrayList<>();
        collectLinks(root, null, new int[1], links);
        Map<COSDictionary, COSDictionary> joined = new IdentityHashMap<>();
        for (int i = 1; i < links.size(); i++) {
            LinkSpan previous = links.get(i - 1);
            LinkSpan link = links.get(i);
            if (previous.end() == link.start() && previous.target() != null && previous.target().equals(link.target())) {
                COSDictionary into = joined.getOrDefault(previous.element(), previous.element());
                moveKids(link.element(), into);
                remove(link.element(), link.parent());
                joined.put(link.element(), into);
            }
        }
        if (!joined.isEmpty()) {
            for (Map.Entry<Integer, COSBase> entry : parents.entrySet()) {
                if (entry.getValue() instanceof COSArray array) {
                    for (int i = 0; i < array.size(); i++) {
                        COSDictionary into = joined.get(array.getObject(i));
                        if (into != null) {
                            array.set(i, into);
                        }
                    }
                } else if (joined.containsKey(entry.getValue())) {
                    replaceNumberTreeValue(root.getCOSDictionary(COSName.PARENT_TREE), entry.getKey(),
                            joined.get(entry.getValue()));
                }
            }
        }
    }

    private record LinkSpan(COSDictionary element, COSDictionary parent, int start, int end, String target) {
    }

    /** Links in reading order, each with the count of marked runs before and after it. */
    private static void collectLinks(COSDictionary element, COSDictionary parent, int[] runs, List<LinkSpan> links) {
        int start = runs[0];
        for (COSBase kid : kids(element)) {
            if (kid instanceof COSDictionary child && child.containsKey(COSName.S)) {
                collectLinks(child, element, runs, links);
            } else if (!(kid instanceof COSDictionary child && COSName.OBJR.equals(child.getCOSName(COSName.TYPE)))) {
                runs[0]++;
            }
        }
        if (LINK.equals(element.getCOSName(COSName.S))) {
            links.add(new LinkSpan(element, parent, start, runs[0], targetOf(element)));
        }
    }

    /** The address or destination of a link's first annotation. */
    private static String targetOf(COSDictionary link) {
        for (COSBase kid : kids(link)) {
            if (kid instanceof COSDictionary reference && COSName.OBJR.equals(reference.getCOSName(COSName.TYPE))
                    && reference.getDictionaryObject(OBJ) instanceof COSDictionary annotation) {
                COSBase target = annotation.getDictionaryObject(COSName.A) instanceof COSDictionary action
                        ? action.getDictionaryObject(COSName.URI) : annotation.getDictionaryObject(COSName.DEST);
                return target == null ? null : target.toString();
            }
        }
        return null;
    }

    private static List<COSBase> kids(COSDictionary element) {
        COSBase k = element.getDictionaryObject(COSName.K);
        List<COSBase> kids = new ArrayList<>();
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                kids.add(array.getObject(i));
            }
        } else if (k != null) {
            kids.add(k);
        }
        return kids;
    }

    /** The kids of one element appended to another's; a bare marked-content number names its page. */
    private static void moveKids(COSDictionary from, COSDictionary into) {
        COSArray target = kidArray(into);
        COSBase page = from.getItem(COSName.PG);
        for (COSBase kid : kids(from)) {
            if (kid instanceof COSInteger mcid) {
                COSDictionary reference = new COSDictionary();
                reference.setItem(COSName.TYPE, TaggedText.MCR);
                reference.setItem(COSName.PG, page);
                reference.setItem(TaggedText.MCID, mcid);
                target.add(reference);
            } else {
                if (kid instanceof COSDictionary child && child.containsKey(COSName.S)) {
                    child.setItem(COSName.P, into);
                }
                target.add(kid);
            }
        }
        from.removeItem(COSName.K);
    }

    /** The element's kids as an array, made one if it held a single kid. */
    private static COSArray kidArray(COSDictionary element) {
        COSBase k = element.getItem(COSName.K);
        if (k instanceof COSArray array) {
            return array;
        }
        COSArray array = new COSArray();
        if (k != null) {
            array.add(k);
        }
        element.setItem(COSName.K, array);
        return array;
    }

    /** An element taken out of its parent, and the parent too once it holds nothing. */
    private static void remove(COSDictionary element, COSDictionary parent) {
        COSArray siblings = kidArray(parent);
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.getObject(i) == element) {
                siblings.remove(i);
                break;
            }
        }
        if (siblings.size() == 0 && parent.getDictionaryObject(COSName.P) instanceof COSDictionary grandparent
                && grandparent.containsKey(COSName.S)) {
            remove(parent, grandparent);
        }
    }

    private static void replaceNumberTreeValue(COSDictionary node, int key, COSDictionary value) {
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (((COSInteger) nums.getObject(i)).intValue() == key) {
                    nums.set(i + 1, value);
                }
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (COSBase kid : kids) {
                replaceNumberTreeValue((COSDictionary) (kid instanceof COSObject object ? object.getObject() : kid),
                        key, value);
            }
        }
    }
}

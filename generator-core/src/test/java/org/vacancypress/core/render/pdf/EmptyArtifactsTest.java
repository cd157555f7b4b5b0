package org.vacancypress.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;

/** Artifacts that mark nothing go, with their properties; everything that marks or paints stays. */
class EmptyArtifactsTest {

    @Test
    void removesEmptyArtifactsNestedOrNotAndKeepsWhatPaints() throws IOException {
        String painted = """
                /Artifact /Prop3 BDC
                0 0 10 10 re
                f
                EMC
                """;
        String text = """
                /Span <</MCID 0>> BDC
                BT
                /F1 9 Tf
                <0041> Tj
                ET
                """;
        String unnamed = """
                /Artifact BMC
                EMC
                """;
        String content = "/Artifact /Prop1 BDC\n/Artifact /Prop2 BDC\nEMC\nEMC\n" + painted
                + text + "/Artifact /Prop4 BDC\nEMC\nEMC\n"
                + "/Artifact /Prop5 BDC\n/Artifact /Prop6 BDC\nEMC\n" + unnamed + "EMC\n"
                + "/Artifact /Prop7 BDC\nEMC\n";
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            COSDictionary properties = new COSDictionary();
            for (int i = 1; i <= 7; i++) {
                properties.setItem("Prop" + i, new COSDictionary());
            }
            PDResources resources = new PDResources();
            resources.getCOSObject().setItem(COSName.PROPERTIES, properties);
            page.setResources(resources);
            page.setContents(new PDStream(document, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));

            EmptyArtifacts.remove(document);

            assertEquals(painted + text + "EMC\n/Artifact /Prop5 BDC\n" + unnamed + "EMC\n", text(page));
            assertEquals(List.of("Prop3", "Prop5"), page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES)
                    .keySet().stream().map(COSName::getName).toList());
            assertEquals(COSName.FLATE_DECODE, page.getCOSObject().getCOSStream(COSName.CONTENTS).getFilters());
        }
    }

    private static String text(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}

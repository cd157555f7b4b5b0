package org.vacancypress.core.model;

/** Whether a notice stands, or was withdrawn before its vacancy was filled. */
public enum NoticeStatus implements Keyword {
    ACTIVE, CANCELLED;

    @Override
    public String id() {
        return Keyword.idOf(this);
    }
}

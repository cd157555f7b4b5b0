package org.vacancypress.core.model;

/** The time a salary or fee amount is paid for: a year's salary, a consultant's daily fee. */
public enum SalaryPeriod implements Keyword {
    HOUR, DAY, WEEK, MONTH, YEAR;

    @Override
    public String id() {
        return Keyword.idOf(this);
    }
}

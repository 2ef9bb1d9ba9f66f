package org.pactum.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure reported for a corridor: "transit traffic surged by 86% in 2024" is metric "transit traffic",
 * value 86, unit "%", change true, period 2024.
 */
@XmlType(name = "ReportedFigure", propOrder = {"metric", "value", "unit", "change", "period"})
@JsonbPropertyOrder({"metric", "value", "unit", "change", "period"})
public class ReportedFigure {

    @NotBlank
    private String metric;

    @NotNull
    private BigDecimal value;

    private String unit;

    /** True when the value is a change ("surged by 86%"), not a level. */
    private boolean change;

    private EdtfDate period;

    public ReportedFigure() {
    }

    public ReportedFigure(String metric, BigDecimal value, String unit, boolean change, EdtfDate period) {
        this.metric = metric;
        this.value = value;
        this.unit = unit;
        this.change = change;
        this.period = period;
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = metric;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public boolean isChange() {
        return change;
    }

    public void setChange(boolean change) {
        this.change = change;
    }

    public EdtfDate getPeriod() {
        return period;
    }

    public void setPeriod(EdtfDate period) {
        this.period = period;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportedFigure other && Objects.equals(metric, other.metric)
                && (value == null ? other.value == null : other.value != null && value.compareTo(other.value) == 0)
                && Objects.equals(unit, other.unit) && change == other.change && Objects.equals(period, other.period);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metric, value == null ? null : value.stripTrailingZeros(), unit, change, period);
    }

    @Override
    public String toString() {
        return metric + " " + (change ? "changed by " : "") + value + (unit == null ? "" : " " + unit)
                + (period == null ? "" : " in " + period);
    }
}

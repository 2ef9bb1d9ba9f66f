package org.pactum.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;

/** Something that happened to a corridor, and when (the date may be unknown). */
@XmlType(name = "Milestone", propOrder = {"date", "event"})
@JsonbPropertyOrder({"date", "event"})
public class Milestone {

    private EdtfDate date;

    @NotBlank
    private String event;

    public Milestone() {
    }

    public Milestone(EdtfDate date, String event) {
        this.date = date;
        this.event = event;
    }

    public EdtfDate getDate() {
        return date;
    }

    public void setDate(EdtfDate date) {
        this.date = date;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Milestone other && Objects.equals(date, other.date) && Objects.equals(event, other.event);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, event);
    }

    @Override
    public String toString() {
        return date + " " + event;
    }
}

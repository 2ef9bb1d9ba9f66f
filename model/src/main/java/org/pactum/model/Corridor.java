package org.pactum.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import org.pactum.model.validation.Alpha3;
import org.pactum.model.internal.bind.EmptyListAdapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A transport, energy or data corridor: a route through countries, with its status, milestones and figures. */
@XmlRootElement(name = "corridor")
@XmlType(name = "Corridor", propOrder = {"id", "name", "aliases", "modes", "countries", "places", "status",
        "milestones", "partOf", "figures", "evidence"})
@JsonbPropertyOrder({"id", "name", "aliases", "modes", "countries", "places", "status", "milestones", "partOf",
        "figures", "evidence"})
public class Corridor {

    @NotBlank
    private String id;

    @NotBlank
    private String name;

    @JsonbTypeAdapter(EmptyListAdapters.Strings.class)
    private List<@NotBlank String> aliases = new ArrayList<>();

    @JsonbTypeAdapter(EmptyListAdapters.Modes.class)
    private List<@NotNull CorridorMode> modes = new ArrayList<>();

    /** ISO 3166-1 alpha-3 codes in route order. */
    @JsonbTypeAdapter(EmptyListAdapters.Strings.class)
    private List<@NotNull @Alpha3 String> countries = new ArrayList<>();

    @JsonbTypeAdapter(EmptyListAdapters.Strings.class)
    private List<@NotBlank String> places = new ArrayList<>();

    @NotNull
    private CorridorStatus status;

    @JsonbTypeAdapter(EmptyListAdapters.Milestones.class)
    private List<@NotNull @Valid Milestone> milestones = new ArrayList<>();

    /** The larger corridor or initiative this one belongs to. */
    private String partOf;

    @JsonbTypeAdapter(EmptyListAdapters.Figures.class)
    private List<@NotNull @Valid ReportedFigure> figures = new ArrayList<>();

    @JsonbTypeAdapter(EmptyListAdapters.Evidences.class)
    @NotEmpty(message = "{org.pactum.model.validation.Evidence.required.message}")
    private List<@NotNull @Valid Evidence> evidence = new ArrayList<>();

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getAliases() {
        return aliases;
    }

    public void setAliases(List<String> aliases) {
        Lists.replace(this.aliases, aliases);
    }

    public List<CorridorMode> getModes() {
        return modes;
    }

    public void setModes(List<CorridorMode> modes) {
        Lists.replace(this.modes, modes);
    }

    public List<String> getCountries() {
        return countries;
    }

    public void setCountries(List<String> countries) {
        Lists.replace(this.countries, countries);
    }

    public List<String> getPlaces() {
        return places;
    }

    public void setPlaces(List<String> places) {
        Lists.replace(this.places, places);
    }

    public CorridorStatus getStatus() {
        return status;
    }

    public void setStatus(CorridorStatus status) {
        this.status = status;
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }

    public void setMilestones(List<Milestone> milestones) {
        Lists.replace(this.milestones, milestones);
    }

    public String getPartOf() {
        return partOf;
    }

    public void setPartOf(String partOf) {
        this.partOf = partOf;
    }

    public List<ReportedFigure> getFigures() {
        return figures;
    }

    public void setFigures(List<ReportedFigure> figures) {
        Lists.replace(this.figures, figures);
    }

    public List<Evidence> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<Evidence> evidence) {
        Lists.replace(this.evidence, evidence);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Corridor other && Objects.equals(id, other.id) && Objects.equals(name, other.name)
                && aliases.equals(other.aliases) && modes.equals(other.modes) && countries.equals(other.countries)
                && places.equals(other.places) && status == other.status && milestones.equals(other.milestones)
                && Objects.equals(partOf, other.partOf) && figures.equals(other.figures)
                && evidence.equals(other.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, aliases, modes, countries, places, status, milestones, partOf, figures,
                evidence);
    }

    @Override
    public String toString() {
        return "Corridor " + id + " '" + name + "' " + modes + " " + countries + " " + status;
    }
}

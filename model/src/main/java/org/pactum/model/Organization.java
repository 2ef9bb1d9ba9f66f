package org.pactum.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import org.pactum.model.validation.OrganizationCode;
import org.pactum.model.internal.bind.EmptyListAdapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An international organization: a short stable code ({@code SCO}, {@code D-8}, {@code EU}), its name and aliases. */
@XmlRootElement(name = "organization")
@XmlType(name = "Organization", propOrder = {"code", "name", "aliases"})
@JsonbPropertyOrder({"code", "name", "aliases"})
public class Organization {

    @NotNull
    @OrganizationCode
    private String code;

    @NotBlank
    private String name;

    @JsonbTypeAdapter(EmptyListAdapters.Strings.class)
    private List<@NotBlank String> aliases = new ArrayList<>();

    public Organization() {
    }

    public Organization(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Organization other && Objects.equals(code, other.code) && Objects.equals(name, other.name)
                && aliases.equals(other.aliases);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, aliases);
    }

    @Override
    public String toString() {
        return code + " (" + name + ")";
    }
}

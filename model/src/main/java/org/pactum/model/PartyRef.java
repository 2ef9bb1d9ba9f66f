package org.pactum.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.xml.bind.annotation.XmlType;
import org.pactum.model.validation.PartyCode;

import java.util.Objects;

/** A party to an agreement: a state (ISO 3166-1 alpha-3) or an organization (its code), and its role. */
@XmlType(name = "PartyRef", propOrder = {"code", "role"})
@JsonbPropertyOrder({"code", "role"})
public class PartyRef {

    @NotNull
    @PartyCode
    private String code;

    @NotNull
    private PartyRole role;

    public PartyRef() {
    }

    public PartyRef(String code, PartyRole role) {
        this.code = code;
        this.role = role;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public PartyRole getRole() {
        return role;
    }

    public void setRole(PartyRole role) {
        this.role = role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartyRef other && Objects.equals(code, other.code) && role == other.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, role);
    }

    @Override
    public String toString() {
        return code + "(" + role + ")";
    }
}

package org.pactum.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error as RFC 9457 problem details ({@code application/problem+json}). */
@Schema(name = "Problem", description = "RFC 9457 problem details.")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "violations"})
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(description = "A URI naming the kind of problem.", example = "urn:pactum:problem:validation")
    private String type;
    @Schema(description = "A short summary of the kind of problem.", example = "Invalid request")
    private String title;
    @Schema(description = "The HTTP status code.", example = "400")
    private int status;
    @Schema(description = "What went wrong in this occurrence, in words.")
    private String detail;
    @Schema(description = "The request path the problem occurred on.")
    private String instance;
    @Schema(description = "For validation problems: each violated constraint, by field path.")
    private List<Violation> violations;

    public Problem() {
    }

    public Problem(String type, String title, int status, String detail) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getStatus() {
        return status;
    }

    public void setStatus(int status) {
        this.status = status;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public String getInstance() {
        return instance;
    }

    public void setInstance(String instance) {
        this.instance = instance;
    }

    /** The violations, or null when the problem is not about validation (so that JSON omits them). */
    public List<Violation> getViolations() {
        return violations;
    }

    public void setViolations(List<Violation> violations) {
        this.violations = violations == null || violations.isEmpty() ? null : violations;
    }

    public Problem addViolation(Violation violation) {
        if (violations == null) {
            violations = new ArrayList<>();
        }
        violations.add(violation);
        return this;
    }

    @Override
    public String toString() {
        return status + " " + title + ": " + detail + (violations == null ? "" : " " + violations);
    }

    /** One violated constraint: where (a field path such as {@code from} or {@code agreements[0].parties}) and why. */
    @Schema(name = "Violation")
    @JsonbPropertyOrder({"field", "message"})
    public static class Violation {
        @Schema(description = "The path of the offending field or parameter.", example = "from")
        private String field;
        @Schema(description = "What is wrong with it.")
        private String message;

        public Violation() {
        }

        public Violation(String field, String message) {
            this.field = field;
            this.message = message;
        }

        public String getField() {
            return field;
        }

        public void setField(String field) {
            this.field = field;
        }

        public String getMessage() {
            return message;
        }

        public void setMessage(String message) {
            this.message = message;
        }

        @Override
        public String toString() {
            return field + ": " + message;
        }
    }
}

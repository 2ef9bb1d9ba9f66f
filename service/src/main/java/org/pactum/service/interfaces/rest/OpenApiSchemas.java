package org.pactum.service.interfaces.rest;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.pactum.api.DocumentRemoval;
import org.pactum.api.ImportReport;
import org.pactum.api.Page;
import org.pactum.api.PartyOverview;
import org.pactum.api.Problem;
import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Document;
import org.pactum.model.EdtfDate;
import org.pactum.model.Evidence;
import org.pactum.model.Membership;
import org.pactum.model.Milestone;
import org.pactum.model.Organization;
import org.pactum.model.PartyRef;
import org.pactum.model.ReportedFigure;

/**
 * OpenAPI schemas of the bodies, derived from the classes themselves (their fields, in JSON order, and the
 * descriptions of their {@code @Schema} annotations), so that the document and the code cannot disagree.
 */
final class OpenApiSchemas {

    private static final List<Class<?>> TYPES = List.of(Page.class, Problem.class, Problem.Violation.class,
            ImportReport.class, DocumentRemoval.class, PartyOverview.class, Agreement.class, PartyRef.class,
            Corridor.class, Milestone.class, ReportedFigure.class, Membership.class, Organization.class,
            Document.class, Evidence.class);

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "Agreement", "An agreement between states and/or organizations, with the evidence for it.",
            "Corridor", "A transport or energy corridor, with the evidence for it.",
            "Membership", "A state's or organization's membership in an organization, with the evidence for it.",
            "Organization", "An international organization: short stable code, name, aliases.",
            "Document", "A source article: content-hash id, title, outlet, publication date (EDTF), URL.",
            "Evidence", "Where a record is supported: document id, character offsets, the exact quote, "
                    + "confidence 0..1, extractor version.",
            "PartyRef", "A party (ISO 3166-1 alpha-3 or organization code) and its role.",
            "Milestone", "A dated event of a corridor.",
            "ReportedFigure", "A figure reported for a corridor (value, unit, whether it is a change, period).");

    private OpenApiSchemas() {
    }

    static Map<String, Schema> all() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        for (Class<?> type : TYPES) {
            schemas.put(name(type), schemaOf(type));
        }
        return schemas;
    }

    /** The schema of the success body of an operation, by its operationId. */
    static Optional<String> bodyOf(String operationId) {
        if (operationId == null) {
            return Optional.empty();
        }
        if (operationId.startsWith("list")) {
            return Optional.of("Page");
        }
        return Optional.ofNullable(switch (operationId) {
            case "getAgreement" -> "Agreement";
            case "getCorridor" -> "Corridor";
            case "getMembership" -> "Membership";
            case "getOrganization" -> "Organization";
            case "getDocument" -> "Document";
            case "getParty" -> "PartyOverview";
            case "importArticle" -> "ImportReport";
            case "deleteDocument" -> "DocumentRemoval";
            default -> null;
        });
    }

    private static String name(Class<?> type) {
        return type == Problem.Violation.class ? "Violation" : type.getSimpleName();
    }

    private static Schema schemaOf(Class<?> type) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        var annotation = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        String description = annotation != null ? annotation.description() : DESCRIPTIONS.get(name(type));
        if (description != null && !description.isEmpty()) {
            schema.description(description);
        }
        if (type == Page.class) {
            schema.description("One page of a list: items are agreements, corridors, memberships, organizations or "
                    + "documents, as the path says.");
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
                continue;
            }
            Schema property = propertyOf(field.getGenericType());
            var doc = field.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            if (doc != null && !doc.description().isEmpty()) {
                property.description(doc.description());
            }
            schema.addProperty(field.getName(), property);
        }
        return schema;
    }

    private static Schema propertyOf(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (List.class.isAssignableFrom(raw)) {
                Type item = p.getActualTypeArguments()[0];
                return OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(item instanceof Class<?> ? propertyOf(item)
                                : OASFactory.createSchema().type(Schema.SchemaType.OBJECT));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                        .additionalPropertiesSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
            }
            return propertyOf(raw);
        }
        if (!(type instanceof Class<?> c)) {
            return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        }
        if (c == String.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING);
        }
        if (c == EdtfDate.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING)
                    .description("An EDTF date: 2024, 2024-07, 2024-07-04, with ? or ~, or an interval 2002/..");
        }
        if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER);
        }
        if (c == double.class || c == Double.class || c == BigDecimal.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
        }
        if (c == boolean.class || c == Boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        }
        if (c.isEnum()) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING)
                    .enumeration(Arrays.stream(c.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList());
        }
        if (TYPES.contains(c)) {
            return OASFactory.createSchema().ref("#/components/schemas/" + name(c));
        }
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }
}

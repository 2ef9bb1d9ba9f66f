package org.pactum.service.interfaces.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.pactum.api.resources.AgreementsResource;
import org.pactum.api.resources.ArticlesResource;
import org.pactum.api.resources.CorridorsResource;
import org.pactum.api.resources.DocumentsResource;
import org.pactum.api.resources.ExportResource;
import org.pactum.api.resources.MembershipsResource;
import org.pactum.api.resources.OrganizationsResource;
import org.pactum.api.resources.PartiesResource;

/**
 * Completes the OpenAPI document with what Payara's scanner does not read from the api jar: the query
 * parameters of the {@code @BeanParam} classes (AgreementQuery, Paging...) with the descriptions and examples
 * of their {@code @Parameter} annotations, and the schemas of the bodies ({@link OpenApiSchemas}), which the
 * responses then refer to.
 */
public class OpenApiCompletion implements OASFilter {

    private static final List<Class<?>> RESOURCES = List.of(AgreementsResource.class, CorridorsResource.class,
            MembershipsResource.class, PartiesResource.class, OrganizationsResource.class, ArticlesResource.class,
            DocumentsResource.class, ExportResource.class);

    private final Map<String, List<Parameter>> byOperation = new HashMap<>();

    public OpenApiCompletion() {
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getMethods()) {
                Operation operation = method.getAnnotation(Operation.class);
                if (operation == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (java.lang.reflect.Parameter p : method.getParameters()) {
                    if (p.isAnnotationPresent(BeanParam.class)) {
                        collect(p.getType(), parameters);
                    }
                }
                byOperation.put(operation.operationId(), parameters);
            }
        }
    }

    @Override
    public void filterOpenAPI(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        OpenApiSchemas.all().forEach(openAPI.getComponents()::addSchema);
    }

    @Override
    public org.eclipse.microprofile.openapi.models.Operation filterOperation(
            org.eclipse.microprofile.openapi.models.Operation operation) {
        List<Parameter> extra = byOperation.getOrDefault(operation.getOperationId(), List.of());
        for (Parameter parameter : extra) {
            boolean present = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> parameter.getName().equals(p.getName()));
            if (!present) {
                operation.addParameter(parameter);
            }
        }
        OpenApiSchemas.bodyOf(operation.getOperationId()).ifPresent(name -> refer(operation, name));
        return operation;
    }

    /** Points the operation's success bodies at a component schema, and its problem bodies at Problem. */
    private static void refer(org.eclipse.microprofile.openapi.models.Operation operation, String schema) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
                return;
            }
            String target = code.startsWith("2") ? schema : "Problem";
            response.getContent().getMediaTypes().values().forEach(media ->
                    media.setSchema(OASFactory.createSchema().ref("#/components/schemas/" + target)));
        });
    }

    private static void collect(Class<?> bean, List<Parameter> into) {
        for (Field field : bean.getDeclaredFields()) {
            if (field.isAnnotationPresent(BeanParam.class)) {
                collect(field.getType(), into);
                continue;
            }
            QueryParam query = field.getAnnotation(QueryParam.class);
            if (query == null) {
                continue;
            }
            var doc = field.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
            Schema schema = schemaOf(field);
            DefaultValue defaultValue = field.getAnnotation(DefaultValue.class);
            if (defaultValue != null) {
                schema.setDefaultValue(defaultValue.value());
            }
            Parameter parameter = OASFactory.createParameter()
                    .name(query.value())
                    .in(Parameter.In.QUERY)
                    .required(false)
                    .schema(schema);
            if (doc != null) {
                parameter.description(doc.description());
                if (!doc.example().isEmpty()) {
                    parameter.example(doc.example());
                }
            }
            into.add(parameter);
        }
    }

    private static Schema schemaOf(Field field) {
        Class<?> type = field.getType();
        if (List.class.isAssignableFrom(type)) {
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                    .items(OASFactory.createSchema().type(Schema.SchemaType.STRING));
        }
        if (type == int.class || type == long.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER);
        }
        return OASFactory.createSchema().type(Schema.SchemaType.STRING);
    }
}

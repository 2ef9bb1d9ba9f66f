package org.pactum.service.interfaces.rest;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Query parameters of type String as they are. Jersey resolves the converters of a bean parameter's fields
 * for every request, and without this provider it first looks for {@code String.valueOf(String)} and
 * {@code String.fromString(String)} by reflection: two NoSuchMethodExceptions (with their stack traces) per
 * String field per request, about 7% of a filtered list's time under load.
 */
@Provider
public class StringParamConverter implements ParamConverterProvider {

    private static final ParamConverter<String> IDENTITY = new ParamConverter<>() {
        @Override
        public String fromString(String value) {
            return value;
        }

        @Override
        public String toString(String value) {
            return value;
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == String.class ? (ParamConverter<T>) IDENTITY : null;
    }
}

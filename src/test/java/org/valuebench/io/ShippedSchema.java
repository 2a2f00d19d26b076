package org.valuebench.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

/** The JSON Schema shipped in the app, loaded into an independent validator (networknt, draft 2020-12). */
public final class ShippedSchema {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).locale(Locale.ENGLISH).build();
    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonSchema schema;

    public ShippedSchema() {
        this.schema = FACTORY.getSchema(node(), CONFIG);
    }

    static JsonNode node() {
        try (InputStream in = ShippedSchema.class.getResourceAsStream(CanvasJsonFormat.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The schema is not on the classpath");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the document breaks of the schema; empty when it matches. */
    public Set<ValidationMessage> problems(String document) {
        try {
            return schema.validate(MAPPER.readTree(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

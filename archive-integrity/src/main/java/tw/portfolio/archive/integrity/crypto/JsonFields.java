package tw.portfolio.archive.integrity.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import tw.portfolio.archive.error.InvalidInputException;

/** Reading the members of a signed JSON document, each refusal naming the member. */
public final class JsonFields {
    private JsonFields() {
    }

    /** The string member {@code field} of {@code node}. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw InvalidInputException.field(field, "must be a string");
        }
        return value.textValue();
    }

    /** Refuses a missing or blank value, and text that is not Unicode (lone surrogates). */
    public static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.field(field, "is required");
        }
        CanonicalJson.requireUnicodeText(field, value);
    }
}

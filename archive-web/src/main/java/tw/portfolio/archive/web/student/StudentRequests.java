package tw.portfolio.archive.web.student;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.student.StudentRecordRule;

/** Reads fields of a JSON body as text, so that the domain's rules judge them and name them. */
public final class StudentRequests {
    private StudentRequests() {
    }

    /** The body as a JSON object; 400 for none, or an array. */
    public static JsonObject required(JsonStructure body) {
        if (!(body instanceof JsonObject o)) {
            throw InvalidInputException.field("body", "a JSON object is required");
        }
        return o;
    }

    /** The field as text (a string, or a number as written), null when absent or null; 400 for anything else. */
    public static String text(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        throw InvalidInputException.field(field, "must be text");
    }

    public static Boolean bool(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        throw InvalidInputException.field(field, "must be true or false");
    }

    /** A student record's fields as they arrived. */
    public static StudentRecordRule.Raw student(JsonObject b) {
        return new StudentRecordRule.Raw(text(b, "nationalId"), text(b, "studentNumber"), text(b, "name"),
                text(b, "birthDate"), text(b, "className"), text(b, "grade"), text(b, "enrolledOn"));
    }
}

package org.pactum.example;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keeps the example of docs/model.md working. */
class ModelExampleTest {

    @Test
    void exampleRunsAsDocumented() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ModelExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains("Violations: id: must not be blank"), output);
        assertTrue(output.contains("Valid now: true"), output);
        assertTrue(output.contains("Signed 2024-07: MONTH precision, 2024-07-01 to 2024-07-31, covers 2024-07-15: true"),
                output);
        assertTrue(output.contains("<dataset xmlns=\"urn:pactum:dataset:1\">"), output);
        assertTrue(output.contains(", equal: true"), output);
        assertTrue(output.contains("{\"agreements\":["), output);
    }
}

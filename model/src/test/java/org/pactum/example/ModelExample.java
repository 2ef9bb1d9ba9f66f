package org.pactum.example;

import jakarta.validation.ConstraintViolation;
import org.pactum.model.Agreement;
import org.pactum.model.AgreementKind;
import org.pactum.model.AgreementStatus;
import org.pactum.model.Dataset;
import org.pactum.model.EdtfDate;
import org.pactum.model.Evidence;
import org.pactum.model.PartyRef;
import org.pactum.model.PartyRole;
import org.pactum.model.RecordIds;
import org.pactum.model.io.DatasetFormat;
import org.pactum.model.io.DatasetReader;
import org.pactum.model.io.DatasetReaders;
import org.pactum.model.io.DatasetWriter;
import org.pactum.model.io.DatasetWriters;
import org.pactum.model.validation.RecordValidator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

/** The example of docs/model.md: build a record, validate it, write XML, read it back. */
public final class ModelExample {

    private ModelExample() {
    }

    public static void main(String[] args) {
        // The article the record cites, and the sentence (by character offsets) it comes from
        String text = "Prior to this, in July 2024, the two sides signed a Joint Declaration on Establishing "
                + "a Strategic Partnership.";
        String quote = "the two sides signed a Joint Declaration on Establishing a Strategic Partnership";
        int start = text.indexOf(quote);

        Agreement agreement = new Agreement();
        agreement.setTitle("Joint Declaration on Establishing a Strategic Partnership");
        agreement.setKind(AgreementKind.JOINT_DECLARATION);
        agreement.setStatus(AgreementStatus.SIGNED);
        agreement.getParties().add(new PartyRef("AZE", PartyRole.PARTY));
        agreement.getParties().add(new PartyRef("CHN", PartyRole.PARTY));
        agreement.setSigned(EdtfDate.parse("2024-07"));
        agreement.getEvidence().add(new Evidence(RecordIds.documentId(text), start, start + quote.length(), quote,
                0.9, "example"));

        // Validate: the id is still missing
        Set<ConstraintViolation<Agreement>> violations = RecordValidator.create().validate(agreement);
        System.out.println("Violations: " + RecordValidator.describe(violations));
        agreement.setId(RecordIds.agreementId(agreement));
        System.out.println("Valid now: " + RecordValidator.create().validate(agreement).isEmpty()
                + " (id " + agreement.getId() + ")");

        // EDTF dates know the days they can mean
        EdtfDate signed = agreement.getSigned();
        System.out.println("Signed " + signed + ": " + signed.precision() + " precision, " + signed.earliest()
                + " to " + signed.latest() + ", covers 2024-07-15: " + signed.covers(LocalDate.of(2024, 7, 15)));

        // Write a dataset as XML, streaming (the writer holds one record at a time)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DatasetWriter writer = DatasetWriters.open(DatasetFormat.XML, out)) {
            writer.write(agreement);
        }
        String xml = out.toString(StandardCharsets.UTF_8);
        System.out.println(xml);

        // Read it back, validating against the XSD shipped in the jar
        try (DatasetReader reader = DatasetReaders.open(DatasetFormat.XML,
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), true)) {
            while (reader.hasNext()) {
                Object record = reader.next();
                System.out.println("Read back: " + record + ", equal: " + record.equals(agreement));
            }
        }

        // The same record as JSON
        Dataset dataset = new Dataset();
        dataset.getAgreements().add(agreement);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        DatasetWriters.write(DatasetFormat.JSON, dataset, json);
        System.out.print(json.toString(StandardCharsets.UTF_8));
    }
}

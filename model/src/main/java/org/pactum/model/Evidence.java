package org.pactum.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.xml.bind.annotation.XmlType;
import org.pactum.model.validation.EvidenceSpan;

import java.util.Objects;

/**
 * Where a record comes from: the characters {@code [start, end)} of a document's text, quoted exactly,
 * with the extractor's confidence and version.
 */
@XmlType(name = "Evidence", propOrder = {"documentId", "start", "end", "quote", "confidence", "extractorVersion"})
@JsonbPropertyOrder({"documentId", "start", "end", "quote", "confidence", "extractorVersion"})
@EvidenceSpan
public class Evidence {

    @NotBlank
    private String documentId;

    private int start;

    private int end;

    @NotBlank
    private String quote;

    @DecimalMin("0")
    @DecimalMax("1")
    private double confidence;

    private String extractorVersion;

    public Evidence() {
    }

    public Evidence(String documentId, int start, int end, String quote, double confidence, String extractorVersion) {
        this.documentId = documentId;
        this.start = start;
        this.end = end;
        this.quote = quote;
        this.confidence = confidence;
        this.extractorVersion = extractorVersion;
    }

    public String getDocumentId() {
        return documentId;
    }

    public void setDocumentId(String documentId) {
        this.documentId = documentId;
    }

    public int getStart() {
        return start;
    }

    public void setStart(int start) {
        this.start = start;
    }

    public int getEnd() {
        return end;
    }

    public void setEnd(int end) {
        this.end = end;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public double getConfidence() {
        return confidence;
    }

    public void setConfidence(double confidence) {
        this.confidence = confidence;
    }

    public String getExtractorVersion() {
        return extractorVersion;
    }

    public void setExtractorVersion(String extractorVersion) {
        this.extractorVersion = extractorVersion;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence other && Objects.equals(documentId, other.documentId) && start == other.start
                && end == other.end && Objects.equals(quote, other.quote)
                && Double.compare(confidence, other.confidence) == 0
                && Objects.equals(extractorVersion, other.extractorVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentId, start, end, quote, confidence, extractorVersion);
    }

    @Override
    public String toString() {
        return documentId + "[" + start + "," + end + ")";
    }
}

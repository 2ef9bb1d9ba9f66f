package org.pactum.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Deterministic record ids: the same facts give the same id, so imports are idempotent and records merge.
 * Each id is a prefix and the first 16 hex digits (64 bits) of a SHA-256 over the facts that identify the record,
 * joined by a unit separator so that ("ab","c") and ("a","bc") differ.
 */
public final class RecordIds {

    private static final char SEPARATOR = '\u001f';

    private RecordIds() {
    }

    /** {@code agr-} + hash of kind, the sorted distinct party codes and the folded title. */
    public static String agreementId(Agreement agreement) {
        Objects.requireNonNull(agreement.getKind(), "agreement kind");
        TreeSet<String> parties = new TreeSet<>();
        for (PartyRef party : agreement.getParties()) {
            parties.add(Objects.requireNonNull(party.getCode(), "party code"));
        }
        return "agr-" + hash(agreement.getKind().name(), String.join(",", parties),
                fold(Objects.requireNonNull(agreement.getTitle(), "agreement title")));
    }

    /** {@code cor-} + hash of the folded name. */
    public static String corridorId(Corridor corridor) {
        return "cor-" + hash(fold(Objects.requireNonNull(corridor.getName(), "corridor name")));
    }

    /** {@code mem-} + hash of member, organization and status. */
    public static String membershipId(Membership membership) {
        Objects.requireNonNull(membership.getStatus(), "membership status");
        return "mem-" + hash(Objects.requireNonNull(membership.getMember(), "member"),
                Objects.requireNonNull(membership.getOrganization(), "organization"), membership.getStatus().name());
    }

    /** 16 lowercase hex digits of SHA-256 of the text, line ends normalized to \n, trimmed. */
    public static String documentId(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return hex(sha256(normalized));
    }

    /**
     * Folds a name for identity: Unicode NFKD without combining marks, lower case, every run of characters other
     * than letters and digits as one space, trimmed. "Kars–Iğdır  Railway" and "kars-igdir railway" fold alike.
     */
    public static String fold(String name) {
        Objects.requireNonNull(name, "name");
        // (ASCII is its own NFKD form, and normalizing costs more than all the rest)
        String decomposed = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c == 'ı' ? 'i' : Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String hash(String... facts) {
        return hex(sha256(String.join(String.valueOf(SEPARATOR), facts)));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest, 0, 8);
    }
}

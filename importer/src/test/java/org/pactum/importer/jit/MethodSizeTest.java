package org.pactum.importer.jit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No method of the importer is too large for the JIT. HotSpot's first tier (C1) gave up on MembershipExtractor.extractClause
 * (6,046 bytes of bytecode) and AgreementExtractor.build (6,646) at tier 3 ("out of virtual registers"), so they ran as
 * unoptimized tier-2 code for good and never reached C2; at 5,176 bytes AgreementExtractor.parties still compiled. A method
 * grown past the limit here should be split in two (the lines may stay where they are: end the first half with a call to a
 * new method that opens right there).
 */
class MethodSizeTest {

    /** Bytes of bytecode; static initializers (run once) are left out. */
    private static final int LIMIT = 5_600;

    @Test
    void everyMethodIsSmallEnoughForTheJit() throws IOException {
        List<String> tooLarge = new ArrayList<>();
        int methods = 0;
        try (Stream<Path> files = Files.walk(Path.of("target/classes/org/pactum/importer"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    for (String[] m : codeSizes(new DataInputStream(in))) {
                        methods++;
                        if (!m[0].equals("<clinit>") && Integer.parseInt(m[1]) > LIMIT) {
                            tooLarge.add(p.getFileName() + " " + m[0] + ": " + m[1] + " bytes");
                        }
                    }
                }
            }
        }
        assertTrue(methods > 500, "methods read: " + methods);
        assertTrue(tooLarge.isEmpty(), "too large for the JIT (split them): " + tooLarge);
    }

    /** Each method with code in a class file: its name and the length of its bytecode. */
    static List<String[]> codeSizes(DataInputStream in) throws IOException {
        in.readInt(); // magic
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // (a long or a double takes two entries)
                }
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        in.skipNBytes(6); // access, this, super
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        for (int f = in.readUnsignedShort(); f > 0; f--) {
            in.skipNBytes(6);
            skipAttributes(in);
        }
        List<String[]> out = new ArrayList<>();
        for (int m = in.readUnsignedShort(); m > 0; m--) {
            in.skipNBytes(2);
            String name = utf8[in.readUnsignedShort()];
            in.skipNBytes(2);
            for (int a = in.readUnsignedShort(); a > 0; a--) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (attribute.equals("Code")) {
                    in.skipNBytes(4); // max stack, max locals
                    int code = in.readInt();
                    out.add(new String[] {name, String.valueOf(code)});
                    in.skipNBytes(length - 8L);
                } else {
                    in.skipNBytes(length);
                }
            }
        }
        return out;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        for (int a = in.readUnsignedShort(); a > 0; a--) {
            in.skipNBytes(2);
            in.skipNBytes(in.readInt());
        }
    }
}

package org.pactum.importer.reference;

import org.junit.jupiter.api.Test;

class MentionFinderSmokeTest {
    @Test
    void prints() {
        ReferenceData data = ReferenceData.load();
        for (String s : new String[] {
                "He called 2025 a \"historic year\" for Azerbaijan-US relations, while China's Türkiye.",
                "With the Trump administration taking office, US-Afghanistan relations saw a turnaround.",
                "He specifically pointed out that the 907th Amendment to the US Constitution has long been an obstacle.",
                "The D-8 (Group of Eight) comprises major countries in the Muslim world.",
                "The Kars-Öder-Aralık-Dilju railway line on Turkey's northeastern border held its groundbreaking.",
                "Azerbaijan participates in the Middle Corridor (Trans-Caspian International Transport Corridor).",
                "during the Shanghai Cooperation Organisation (SCO) summit in Astana, the two sides signed",
                "the Power of Siberia-2 gas pipeline and the China — Kyrgyzstan — Uzbekistan railway project",
                "the Trans-Caspian Internatonal Transport Corridor and the Shanghai Cooperation Organizaton"}) {
            System.out.println(s);
            for (Mention m : data.find(s)) {
                System.out.println("   " + m);
            }
        }
    }
}

package org.pactum.modulesmoke;

import jakarta.validation.ConstraintViolation;
import org.pactum.model.Agreement;
import org.pactum.model.AgreementKind;
import org.pactum.model.AgreementStatus;
import org.pactum.model.Countries;
import org.pactum.model.Dataset;
import org.pactum.model.EdtfDate;
import org.pactum.model.Evidence;
import org.pactum.model.PartyRef;
import org.pactum.model.PartyRole;
import org.pactum.model.RecordIds;
import org.pactum.model.io.DatasetFormat;
import org.pactum.model.io.DatasetReaders;
import org.pactum.model.io.DatasetWriters;
import org.pactum.model.validation.RecordValidator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Set;

/**
 * Uses the model as a client application would, from outside its module: run by {@code ModulePathSmokeTest} with
 * the model jar and every dependency on the module path (Hibernate Validator as an automatic module).
 */
public final class ModulePathSmoke {

    private ModulePathSmoke() {
    }

    public static void main(String[] args) {
        Agreement agreement = new Agreement();
        agreement.setTitle("Joint Declaration on Establishing a Strategic Partnership");
        agreement.setKind(AgreementKind.JOINT_DECLARATION);
        agreement.setStatus(AgreementStatus.SIGNED);
        agreement.getParties().add(new PartyRef("AZE", PartyRole.PARTY));
        agreement.getParties().add(new PartyRef("Azerbaijan", PartyRole.PARTY));
        agreement.setSigned(EdtfDate.parse("2024-07"));
        agreement.getEvidence().add(new Evidence("0123456789abcdef", 0, 4, "July", 0.8, "smoke"));
        agreement.setId(RecordIds.agreementId(agreement));

        Set<ConstraintViolation<Agreement>> violations = RecordValidator.create().validate(agreement);
        System.out.println("violations: " + RecordValidator.describe(violations));
        agreement.getParties().get(1).setCode("CHN");
        System.out.println("valid: " + RecordValidator.create().isValid(agreement));

        Dataset dataset = new Dataset();
        dataset.getAgreements().add(agreement);
        for (DatasetFormat format : DatasetFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DatasetWriters.write(format, dataset, out);
            Dataset back = DatasetReaders.readAll(format, new ByteArrayInputStream(out.toByteArray()), true);
            System.out.println(format + " round trip: " + back.equals(dataset));
        }
        System.out.println("module: " + Agreement.class.getModule().getName() + ", " + Countries.name("AZE"));
    }
}

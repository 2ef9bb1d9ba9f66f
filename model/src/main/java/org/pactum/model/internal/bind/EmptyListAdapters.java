package org.pactum.model.internal.bind;

import jakarta.json.bind.adapter.JsonbAdapter;
import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.CorridorMode;
import org.pactum.model.Document;
import org.pactum.model.Evidence;
import org.pactum.model.Membership;
import org.pactum.model.Milestone;
import org.pactum.model.Organization;
import org.pactum.model.PartyRef;
import org.pactum.model.ReportedFigure;

import java.util.List;

/**
 * JSON-B adapters that leave empty lists out of the JSON, as JAXB leaves them out of the XML: a list getter never
 * returns null, and JSON-B would otherwise write {@code "aliases":[]}. One class per element type, because JSON-B
 * reads the element type from the adapter's type arguments.
 */
public final class EmptyListAdapters {

    private EmptyListAdapters() {
    }

    static <T> List<T> emptyAsNull(List<T> list) {
        return list == null || list.isEmpty() ? null : list;
    }

    /** Omits an empty {@code List<String>}. */
    public static final class Strings implements JsonbAdapter<List<String>, List<String>> {

        @Override
        public List<String> adaptToJson(List<String> list) {
            return emptyAsNull(list);
        }

        @Override
        public List<String> adaptFromJson(List<String> list) {
            return list;
        }
    }

    /** Omits an empty {@code List<CorridorMode>}. */
    public static final class Modes implements JsonbAdapter<List<CorridorMode>, List<CorridorMode>> {

        @Override
        public List<CorridorMode> adaptToJson(List<CorridorMode> list) {
            return emptyAsNull(list);
        }

        @Override
        public List<CorridorMode> adaptFromJson(List<CorridorMode> list) {
            return list;
        }
    }

    /** Omits an empty {@code List<PartyRef>}. */
    public static final class Parties implements JsonbAdapter<List<PartyRef>, List<PartyRef>> {

        @Override
        public List<PartyRef> adaptToJson(List<PartyRef> list) {
            return emptyAsNull(list);
        }

        @Override
        public List<PartyRef> adaptFromJson(List<PartyRef> list) {
            return list;
        }
    }

    /** Omits an empty {@code List<Evidence>}. */
    public static final class Evidences implements JsonbAdapter<List<Evidence>, List<Evidence>> {

        @Override
        public List<Evidence> adaptToJson(List<Evidence> list) {
            return emptyAsNull(list);
        }

        @Override
        public List<Evidence> adaptFromJson(List<Evidence> list) {
            return list;
        }
    }

    /** Omits an empty {@code List<Milestone>}. */
    public static final class Milestones implements JsonbAdapter<List<Milestone>, List<Milestone>> {

        @Override
        public List<Milestone> adaptToJson(List<Milestone> list) {
            return emptyAsNull(list);
        }

        @Override
        public List<Milestone> adaptFromJson(List<Milestone> list) {
            return list;
        }
    }

    /** Omits an empty {@code List<ReportedFigure>}. */
    public static final class Figures implements JsonbAdapter<List<ReportedFigure>, List<ReportedFigure>> {

        @Override
        public List<ReportedFigure> adaptToJson(List<ReportedFigure> list) {
            return emptyAsNull(list);
        }

        @Override
        public List<ReportedFigure> adaptFromJson(List<ReportedFigure> list) {
            return list;
        }
    }

    /** Omits an empty {@code List<Document>}. */
    public static final class Documents implements JsonbAdapter<List<Document>, List<Document>> {

        @Override
        public List<Document> adaptToJson(List<Document> list) {
            return emptyAsNull(list);
        }

        @Override
        public List<Document> adaptFromJson(List<Document> list) {
            return list;
        }
    }

    /** Omits an empty {@code List<Organization>}. */
    public static final class Organizations implements JsonbAdapter<List<Organization>, List<Organization>> {

        @Override
        public List<Organization> adaptToJson(List<Organization> list) {
            return emptyAsNull(list);
        }

        @Override
        public List<Organization> adaptFromJson(List<Organization> list) {
            return list;
        }
    }

    /** Omits an empty {@code List<Agreement>}. */
    public static final class Agreements implements JsonbAdapter<List<Agreement>, List<Agreement>> {

        @Override
        public List<Agreement> adaptToJson(List<Agreement> list) {
            return emptyAsNull(list);
        }

        @Override
        public List<Agreement> adaptFromJson(List<Agreement> list) {
            return list;
        }
    }

    /** Omits an empty {@code List<Corridor>}. */
    public static final class Corridors implements JsonbAdapter<List<Corridor>, List<Corridor>> {

        @Override
        public List<Corridor> adaptToJson(List<Corridor> list) {
            return emptyAsNull(list);
        }

        @Override
        public List<Corridor> adaptFromJson(List<Corridor> list) {
            return list;
        }
    }

    /** Omits an empty {@code List<Membership>}. */
    public static final class Memberships implements JsonbAdapter<List<Membership>, List<Membership>> {

        @Override
        public List<Membership> adaptToJson(List<Membership> list) {
            return emptyAsNull(list);
        }

        @Override
        public List<Membership> adaptFromJson(List<Membership> list) {
            return list;
        }
    }
}

package org.pactum.service.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.pactum.api.ImportReport;
import org.pactum.importer.ArticleImporter;
import org.pactum.importer.ArticleMetadata;
import org.pactum.importer.ArticleRejectedException;
import org.pactum.model.validation.RecordValidator;
import org.pactum.service.infrastructure.config.ServiceSettings;
import org.pactum.service.infrastructure.persistence.Database;

/**
 * Imports one article: the importer finds the records, {@link RecordStorer} stores them all or nothing.
 * Counts imports and refusals, and logs every import in one line of key=value pairs.
 */
@ApplicationScoped
public class ArticleImportService {

    private static final Logger LOG = Logger.getLogger(ArticleImportService.class.getName());

    @Inject
    Database database;
    @Inject
    ServiceSettings settings;
    @Inject
    StoreMetrics metrics;

    private ArticleAnalyzer analyzer;
    private RecordStorer storer;

    @PostConstruct
    void init() {
        ArticleImporter importer = ArticleImporter.create(settings.importMaxBytes());
        analyzer = importer::importArticle;
        storer = new RecordStorer(database, RecordValidator.create());
    }

    public ImportReport importArticle(byte[] article, ArticleMetadata metadata) throws ArticleRejectedException {
        long started = System.nanoTime();
        String source = metadata.describe().replace('"', '\'');
        try {
            ImportReport report = storer.store(analyzer.analyze(article, metadata));
            if (!report.isAlreadyStored()) {
                metrics.imported();
            }
            LOG.info(() -> "event=import outcome=" + (report.isAlreadyStored() ? "unchanged" : "stored")
                    + " document=" + report.getDocumentId() + " source=\"" + source + "\" bytes=" + article.length
                    + " created=" + report.getCreated().size() + " updated=" + report.getUpdated().size()
                    + " rejections=" + report.getRejections().size() + " millis=" + millis(started));
            return report;
        } catch (ArticleRejectedException e) {
            refused(source, article.length, "article-" + e.reason(), started);
            throw e;
        } catch (InvalidRecordsException e) {
            refused(source, article.length, "invalid-records", started);
            throw e;
        }
    }

    private void refused(String source, int bytes, String why, long started) {
        metrics.rejected();
        LOG.info(() -> "event=import outcome=refused reason=" + why + " source=\"" + source + "\" bytes=" + bytes
                + " millis=" + millis(started));
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}

package org.pactum.service.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.pactum.importer.ArticleMetadata;
import org.pactum.importer.ArticleRejectedException;
import org.pactum.service.infrastructure.config.ServiceSettings;
import org.pactum.service.infrastructure.persistence.Database;
import org.pactum.service.infrastructure.persistence.StoreState;

/**
 * Imports the seed articles ({@code org/pactum/seeds/*.txt} from the pactum-seeds jar) when the store holds no
 * document yet; {@code pactum.seeds.load=false} turns this off.
 */
@ApplicationScoped
public class SeedLoader {

    public static final String FOLDER = "org/pactum/seeds/";
    private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());

    @Inject
    ServiceSettings settings;
    @Inject
    Database database;
    @Inject
    ArticleImportService imports;

    public void loadIfEmpty() {
        if (!settings.loadSeeds()) {
            LOG.info("seeds not loaded: pactum.seeds.load=false");
            return;
        }
        if (!database.read(new StoreState()::isEmpty)) {
            return;
        }
        List<String> names = seedNames();
        int stored = 0;
        for (String name : names) {
            try (InputStream in = SeedLoader.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
                imports.importArticle(in.readAllBytes(), ArticleMetadata.ofSource(name));
                stored++;
            } catch (ArticleRejectedException | InvalidRecordsException | IOException e) {
                LOG.log(Level.WARNING, "seed " + name + " not imported: " + e.getMessage());
            }
        }
        int count = stored;
        LOG.info(() -> "seeds loaded: " + count + " of " + names.size() + " articles");
    }

    /** The seed file names, sorted, read from the jar (or folder) that holds them. */
    public static List<String> seedNames() {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (URL url : Collections.list(SeedLoader.class.getClassLoader().getResources(FOLDER))) {
                if ("jar".equals(url.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream().map(e -> e.getName())
                                .filter(n -> n.startsWith(FOLDER) && n.endsWith(".txt")
                                        && n.indexOf('/', FOLDER.length()) < 0)
                                .map(n -> n.substring(FOLDER.length()))
                                .forEach(names::add);
                    }
                } else if ("file".equals(url.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).forEach(names::add);
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            LOG.log(Level.WARNING, "cannot list the seed articles: " + e.getMessage(), e);
        }
        return new ArrayList<>(names);
    }
}

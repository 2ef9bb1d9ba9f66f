package org.pactum.service.application;

import org.pactum.importer.ArticleMetadata;
import org.pactum.importer.ArticleRejectedException;
import org.pactum.importer.ImportResult;

/** Article bytes in, validated candidate records out: the importer, or a stand-in in tests. */
@FunctionalInterface
public interface ArticleAnalyzer {
    ImportResult analyze(byte[] article, ArticleMetadata metadata) throws ArticleRejectedException;
}

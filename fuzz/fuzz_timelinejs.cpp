// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineJs::import on any bytes, into an empty atlas, and what it promises:
// all or nothing (a bundle, or errors and no bundle); every issue has a
// message and a place inside the text; the bundle keeps the limits, its
// references stay inside it, and every item passes the store's validation.
// Not built until "timelinejs" is listed in fuzz/targets.cmake.
#include "atlasimport.h"
#include "atlasstore.h"
#include "timelinejs.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Annals;

namespace {

// Aborts, so that libFuzzer saves the input as a crash and the replay test fails.
[[noreturn]] void broken(const char *property, const QString &detail = QString())
{
    std::fprintf(stderr, "TimelineJs: %s\n  %s\n", property, qUtf8Printable(detail));
    std::abort();
}

int lineCount(QByteArrayView bytes)
{
    int lines = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n' || (bytes.at(i) == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n')))
            ++lines;
    }
    return lines;
}

void checkIssues(const QList<ImportIssue> &issues, QByteArrayView bytes)
{
    const int lines = lineCount(bytes);
    for (const ImportIssue &issue : issues) {
        if (issue.message.isEmpty())
            broken("an issue without a message", issue.field);
        if (issue.line < 0 || issue.line > lines || issue.column < 0)
            broken("an issue outside the text",
                   QStringLiteral("line %1, column %2: %3").arg(issue.line).arg(issue.column).arg(issue.message));
    }
}

// A reference below zero must name an item of the bundle.
void checkReference(ItemId reference, qsizetype count, const char *what)
{
    if (reference < 0 && bundleIndex(reference) >= count)
        broken("a reference past the end of the bundle", QString::fromLatin1(what));
}

void checkBundle(const ImportBundle &bundle, const ImportLimits &limits)
{
    // ImportLimits::maximumItems bounds events and eras each (the importer's
    // reading); a slide's media adds at most one source and one citation.
    if (bundle.events.size() > limits.maximumItems || bundle.eras.size() > limits.maximumItems)
        broken("more events or eras than the limit");
    const qsizetype slides = bundle.events.size() + bundle.eras.size() + 1;
    if (bundle.sources.size() > slides || bundle.citations.size() > slides)
        broken("more sources or citations than slides");
    for (const Event &event : bundle.events) {
        if (const QString problem = validateEvent(event); !problem.isEmpty())
            broken("an event the store would refuse", problem);
        for (const EventActor &actor : event.actors)
            checkReference(actor.actorId, bundle.actors.size(), "event actor");
    }
    for (const Era &era : bundle.eras) {
        if (const QString problem = validateEra(era); !problem.isEmpty())
            broken("an era the store would refuse", problem);
    }
    for (const Source &source : bundle.sources) {
        if (const QString problem = validateSource(source); !problem.isEmpty())
            broken("a source the store would refuse", problem);
    }
    for (const Citation &citation : bundle.citations) {
        checkReference(citation.sourceId, bundle.sources.size(), "citation source");
        if (citation.itemKind == u"event")
            checkReference(citation.itemId, bundle.events.size(), "cited event");
        else if (citation.itemKind == u"era")
            checkReference(citation.itemId, bundle.eras.size(), "cited era");
        else if (citation.itemKind != u"atlas")
            broken("a citation of an unexpected kind", citation.itemKind);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    // Small limits, so that libFuzzer's inputs (4 KB by default) reach them.
    ImportLimits limits;
    limits.maximumItems = 40;
    limits.maximumTextLength = 256;
    limits.maximumErrors = 20;

    const ImportResult result = TimelineJs::import(bytes, AtlasData(), limits);
    checkIssues(result.errors, bytes);
    checkIssues(result.notices, bytes);
    if (result.bundle.has_value() != result.errors.isEmpty())
        broken("not all or nothing: a bundle with errors, or neither");
    if (result.bundle)
        checkBundle(*result.bundle, limits);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasimport.h"
#include "domain.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>

namespace Annals {

// The alliance graph for graph tools: actors are nodes, relations are edges.
//
// GEXF 1.3 (http://gexf.net/1.3) is what Gephi reads with its timeline: every
// node and edge carries a spell with the actor's or relation's dates. Times
// are written as xsd:date (timeformat "date") when every written time lies in
// the years 1..9999 at day precision or coarser, as xsd:dateTime when some are
// finer than a day, and otherwise as astronomical decimal years (timeformat
// "double": 1961.5 is 2 July 1961 12:00, 0 is 1 BCE), which reach deep time.
// A spell ends at the first instant after the span (TimeSpan::endExclusive),
// so an end known to the year ("1991") is written 1992-01-01. What GEXF cannot
// say by itself (a date's precision and "c.") travels as attvalues
// start_precision/end_precision/start_approximate/end_approximate, so a
// round trip through importGexf gives back the same dates. Names over time
// (ActorName) are timed attvalues of the dynamic node attribute "name". The
// atlas title opens <description>: GEXF 1.3's <meta> has no title.
//
// GraphML (http://graphml.graphdrawing.org/xmlns) has no time model: start
// and end are written as Annals shows them ("1 Oct 1959", "c. 1200",
// "65 million years ago"), which DateParser reads back exactly.
//
// Output is deterministic (items sorted by id) so equal atlases give equal
// bytes.
class GraphFormats
{
    Q_DECLARE_TR_FUNCTIONS(Annals::GraphFormats)
public:
    // Stamps <meta lastmodifieddate> with today's date (UTC).
    static QByteArray exportGexf(const AtlasData &data);
    static QByteArray exportGexf(const AtlasData &data, const QDate &lastModified);
    static QByteArray exportGraphMl(const AtlasData &data);

    // Nodes → actors, edges → relations, spells → dates. Errors carry the
    // line and column QXmlStreamReader was at and the field ("node n12",
    // "edge e3 attvalue kind"); any error means no bundle. GEXF 1.1draft,
    // 1.2draft and 1.3 are read. A node whose label names an actor of `into`
    // becomes a reference to that actor instead of a new one.
    //
    // With a notice, never an error: several spells (or a node listed again
    // with the same label, as GEXF 1.1 files do) become one span from the
    // first start to the last end; an edge without a start begins when both
    // its actors are there, else at the file's earliest time, else on its
    // lastmodifieddate; an edge from a node to itself is left out; a repeated
    // edge id is kept (nothing refers to edges). Times written as numbers are
    // decimal years.
    static ImportResult importGexf(QByteArrayView xml, const AtlasData &into, const ImportLimits &limits = {});
};

} // namespace Annals

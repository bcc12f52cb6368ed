// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Annals {

struct AtlasData;

// Help ▸ About: what Annals is, its licence, and where every fact in the
// sample atlas comes from (its sources, read from the sample itself so the
// list can never drift from the data).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const AtlasData &sample, QWidget *parent = nullptr);

    static QString sourcesHtml(const AtlasData &sample);
};

} // namespace Annals

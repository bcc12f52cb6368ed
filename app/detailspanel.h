// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QWidget>

class QTextBrowser;

namespace Annals {

// What is known about the selected event: its dates as known, place, actors
// (as they were called then), description and sources. Text from the atlas
// is escaped, never interpreted, and only http(s) links are made clickable.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    void setAtlasData(const AtlasData *atlasData);
    void displayEvent(ItemId id);
    ItemId shownEvent() const { return m_shown; }
    QString text() const;

    static QString eventHtml(const AtlasData &data, const Event &event);

private:
    const AtlasData *m_data = nullptr;
    QTextBrowser *m_browser;
    ItemId m_shown = 0;
};

} // namespace Annals

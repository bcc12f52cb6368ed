// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Annals {

// The atlases opened lately, newest first, kept in QSettings and shown as a
// menu. Files that have disappeared are dropped when the menu is shown.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximumCount = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList paths() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    // Fills `menu` with one action a file (Alt+1…9 mnemonics) and Clear.
    void attachTo(QMenu *menu);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void save(const QStringList &paths);
    void rebuild(QMenu *menu);
};

} // namespace Annals

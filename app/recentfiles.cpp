// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Annals {

namespace {

const QString settingsKey = QStringLiteral("recentFiles");

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentFiles::paths() const
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    save(list.mid(0, maximumCount));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    save(list);
}

void RecentFiles::clear()
{
    save({});
}

void RecentFiles::save(const QStringList &list)
{
    QSettings().setValue(settingsKey, list);
}

void RecentFiles::attachTo(QMenu *menu)
{
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { rebuild(menu); });
    rebuild(menu);
}

void RecentFiles::rebuild(QMenu *menu)
{
    menu->clear();
    QStringList existing;
    for (const QString &path : paths()) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    if (existing != paths())
        save(existing);
    for (int i = 0; i < existing.size(); ++i) {
        const QString path = existing.at(i);
        // A name's own "&" is not a mnemonic.
        const QString name = QFileInfo(path).fileName().replace(QLatin1Char('&'), QLatin1String("&&"));
        const QString text = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name;
        QAction *action = menu->addAction(text, this, [this, path] { Q_EMIT openRequested(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (existing.isEmpty()) {
        menu->addAction(tr("No recent atlases"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    menu->addAction(tr("&Clear Menu"), this, [this] { clear(); });
}

} // namespace Annals

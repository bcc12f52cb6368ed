// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Helpers for tests that need atlas files in odd states. They write files
// with a plain connection, bypassing everything Annals does to protect them,
// which is the point: the files must look as if they came from elsewhere.
namespace AtlasFixtures {

// A new, valid, empty atlas at `path` with one event, one actor and a citation.
QString makeSmallAtlas(const QString &path);

// Runs statements on `path` with a plain, unhardened connection.
void runRaw(const QString &path, const QStringList &statements);

// SHA-256 of the file's bytes (and of its -wal, if any).
QByteArray fingerprint(const QString &path);

} // namespace AtlasFixtures

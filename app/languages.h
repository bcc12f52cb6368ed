// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Annals::Languages {

// The interface languages Annals ships, as BCP 47 codes ("en", "ko"),
// English first. Each has a catalogue in translations/ compiled into the
// program (":/i18n/annals_<code>.qm"); English's holds only plural forms.
QStringList available();

// A language's name in that language ("English", "한국어"), for the
// Preferences list, which must be readable whatever language is showing.
QString nativeName(const QString &code);

// The language the user chose in Preferences; empty means "as the system".
QString savedChoice();
void saveChoice(const QString &code);

// The shipped language to show for `choice` (empty: the system's UI
// languages in order of preference), English when none matches.
QString resolve(const QString &choice);

// Installs the catalogues of `code` (Annals's and Qt's own, for the
// standard dialogs' buttons) in place of those installed by an earlier call,
// so every widget receives QEvent::LanguageChange. Returns false, leaving
// the earlier language in place, when `code` is not shipped.
bool apply(const QString &code);

// The language apply() last installed ("en" before any call).
QString current();

} // namespace Annals::Languages

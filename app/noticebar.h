// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace Annals {

// A quiet band across the top of the window for things the user should know
// but need not act on at once ("this atlas is open read-only because…"),
// instead of a dialog that blocks the class.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(const QString &text);
    QString text() const;

private:
    QLabel *m_label;
};

} // namespace Annals

// SPDX-License-Identifier: GPL-3.0-or-later
// Built against annals_models alone, this must not compile: models/ links
// Qt Core, Gui and Sql only, so QtWidgets' headers are out of its reach.
#include <QWidget>

int main()
{
    QWidget widget;
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The module-qualified spelling finds the header through Qt's base include
// folder, so this compiles; it must then fail to link, since annals_models
// does not link QtWidgets.
#include <QtWidgets/QWidget>

int main()
{
    QWidget widget;
    return 0;
}

#pragma once

#include <QCoreApplication>

namespace dojo::ui {

// The one translation context of every text the screens show.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dojo::ui)
};

} // namespace dojo::ui

#pragma once

#include <QCoreApplication>

namespace dojo::live::internal {

// The live module's translation context: every sentence a person reads goes through it.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Live)
};

} // namespace dojo::live::internal

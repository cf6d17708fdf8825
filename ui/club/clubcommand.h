#pragma once

#include <core/result.h>

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace dojo::ui {

// One of the club's changes on the window's undo stack (a challenge issued, a sign-up, a place
// in the match queue): `apply` makes it and `revert` takes it back, each written through the
// venue's domain, which audits it. A step the domain refuses is reported in its sentence and
// the command dropped from the stack: no step is kept that did not happen.
class ClubCommand : public QUndoCommand
{
public:
    using Step = std::function<Result<void>()>;
    using Failed = std::function<void(const QString &error)>;

    ClubCommand(const QString &text, Step apply, Step revert, Failed failed);

    void redo() override;
    void undo() override;

private:
    void done(const Result<void> &written);

    Step m_apply;
    Step m_revert;
    Failed m_failed;
};

} // namespace dojo::ui

#include "club/clubcommand.h"

namespace dojo::ui {

ClubCommand::ClubCommand(const QString &text, Step apply, Step revert, Failed failed)
    : m_apply(std::move(apply))
    , m_revert(std::move(revert))
    , m_failed(std::move(failed))
{
    setText(text);
}

void ClubCommand::redo()
{
    done(m_apply());
}

void ClubCommand::undo()
{
    done(m_revert());
}

void ClubCommand::done(const Result<void> &written)
{
    if (written)
        return;
    setObsolete(true);
    if (m_failed)
        m_failed(written.error());
}

} // namespace dojo::ui

#include "common/editcommand.h"

#include <venue/venuemodel.h>

namespace dojo::ui {

EditCommand::EditCommand(venue::VenueModel &model, std::unique_ptr<venue::VenueEdit> edit,
                         Failed failed)
    : m_model(model)
    , m_edit(std::move(edit))
    , m_failed(std::move(failed))
{
    setText(m_edit->text());
}

void EditCommand::redo()
{
    done(m_edit->apply(m_model));
}

void EditCommand::undo()
{
    done(m_edit->revert(m_model));
}

void EditCommand::done(const Result<void> &written)
{
    if (written)
        return;
    setObsolete(true);
    if (m_failed)
        m_failed(written.error());
}

} // namespace dojo::ui

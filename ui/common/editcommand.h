#pragma once

#include <venue/venueedit.h>

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace dojo::venue {
class VenueModel;
}

namespace dojo::ui {

// Puts one of the venue's undoable edits on the window's undo stack. An edit the database
// refuses is reported and dropped from the stack: no step is kept that did not happen.
class EditCommand : public QUndoCommand
{
public:
    using Failed = std::function<void(const QString &error)>;

    EditCommand(venue::VenueModel &model, std::unique_ptr<venue::VenueEdit> edit, Failed failed);

    void redo() override;
    void undo() override;

private:
    void done(const Result<void> &written);

    venue::VenueModel &m_model;
    std::unique_ptr<venue::VenueEdit> m_edit;
    Failed m_failed;
};

} // namespace dojo::ui

#include "ui/register/ProcessingEditCommand.h"

#include "ui/register/ProcessingEditor.h"

namespace habeas {

ProcessingEditCommand::ProcessingEditCommand(ProcessingEditor &editor, Processing before, Processing after,
                                             const QString &text)
    : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
{}

void ProcessingEditCommand::undo()
{
    m_editor.display(m_before);
}

void ProcessingEditCommand::redo()
{
    m_editor.display(m_after);
}

} // namespace habeas

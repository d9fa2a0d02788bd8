<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>Replace the journal with the backup made {0} (entries: %n)? The journal as it is now is backed up first, so this can be undone.</source>
        <translation>
            <numerusform>Replace the journal with the backup made {0} (%n entry)? The journal as it is now is backed up first, so this can be undone.</numerusform>
            <numerusform>Replace the journal with the backup made {0} (%n entries)? The journal as it is now is backed up first, so this can be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message numerus="yes">
        <source>{0}: incidents: %n. Double-click to open the entry.</source>
        <translation>
            <numerusform>{0}: %n incident. Double-click to open the entry.</numerusform>
            <numerusform>{0}: %n incidents. Double-click to open the entry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: rated entries: %n. Double-click to open one.</source>
        <translation>
            <numerusform>{0}: %n rated entry. Double-click to open it.</numerusform>
            <numerusform>{0}: %n rated entries. Double-click to open one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryCommands</name>
    <message numerus="yes">
        <source>Delete %n entries in the Trash forever? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the entry in the Trash forever? This cannot be undone.</numerusform>
            <numerusform>Delete %n entries in the Trash forever? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Entries to export: %n.</source>
        <translation>
            <numerusform>%n entry to export.</numerusform>
            <numerusform>%n entries to export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to {0}. Entries: %n.</source>
        <translation>
            <numerusform>Exported %n entry to {0}.</numerusform>
            <numerusform>Exported %n entries to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPreviewPanel</name>
    <message numerus="yes">
        <source>Boundary incidents: %n.</source>
        <translation>
            <numerusform>%n boundary incident.</numerusform>
            <numerusform>%n boundary incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Private entries left out: %n.</source>
        <translation>
            <numerusform>%n private entry left out.</numerusform>
            <numerusform>%n private entries left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and more: %n</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapWidget</name>
    <message numerus="yes">
        <source>{0}: incidents: %n</source>
        <translation>
            <numerusform>{0}: %n incident</numerusform>
            <numerusform>{0}: %n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Entries in this {0} file: %n.</source>
        <translation>
            <numerusform>This {0} file holds %n entry.</numerusform>
            <numerusform>This {0} file holds %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in this journal, will be skipped: %n.</source>
        <translation>
            <numerusform>%n entry is already in this journal and will be skipped.</numerusform>
            <numerusform>%n entries are already in this journal and will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Twice in the file, will be skipped: %n.</source>
        <translation>
            <numerusform>%n entry is in the file twice and will be skipped.</numerusform>
            <numerusform>%n entries are in the file twice and will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import (%n)</source>
        <translation>
            <numerusform>&amp;Import (%n)</numerusform>
            <numerusform>&amp;Import (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries imported: %n.</source>
        <translation>
            <numerusform>%n entry imported.</numerusform>
            <numerusform>%n entries imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already there, skipped: %n.</source>
        <translation>
            <numerusform>%n was already there, skipped.</numerusform>
            <numerusform>%n were already there, skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message numerus="yes">
        <source>More questions (%n)</source>
        <translation>
            <numerusform>%n more question</numerusform>
            <numerusform>%n more questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message numerus="yes">
        <source>Entries: %n.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes sealed into {0} with the review&apos;s passphrase. Send the file back.</source>
        <translation>
            <numerusform>%n note sealed into {0} with the review&apos;s passphrase. Send the file back.</numerusform>
            <numerusform>%n notes sealed into {0} with the review&apos;s passphrase. Send the file back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeChoices</name>
    <message numerus="yes">
        <source>The entries in the list (%n)</source>
        <translation>
            <numerusform>The entry in the list (%n)</numerusform>
            <numerusform>The entries in the list (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected entries (%n)</source>
        <translation>
            <numerusform>Selected entry (%n)</numerusform>
            <numerusform>Selected entries (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message numerus="yes">
        <source>Sample entries removed: %n.</source>
        <translation>
            <numerusform>%n sample entry removed.</numerusform>
            <numerusform>%n sample entries removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareReviewDialog</name>
    <message numerus="yes">
        <source>Entries the coach will see: %n.</source>
        <translation>
            <numerusform>The coach will see %n entry.</numerusform>
            <numerusform>The coach will see %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sealed %n entries into {0}. Send the file to the coach, and tell them the passphrase another way.</source>
        <translation>
            <numerusform>Sealed %n entry into {0}. Send the file to the coach, and tell them the passphrase another way.</numerusform>
            <numerusform>Sealed %n entries into {0}. Send the file to the coach, and tell them the passphrase another way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message numerus="yes">
        <source>Questions to ask yourself (%n)</source>
        <translation>
            <numerusform>Questions to ask yourself (%n)</numerusform>
            <numerusform>Questions to ask yourself (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message numerus="yes">
        <source>Export %n Selected Entries…</source>
        <translation>
            <numerusform>Export %n Selected Entry…</numerusform>
            <numerusform>Export %n Selected Entries…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsWindow</name>
    <message numerus="yes">
        <source>Only %n incident(s) in this range so far: too few to show a trend. The charts say more as you log more.</source>
        <translation>
            <numerusform>Only %n incident in this range so far: too few to show a trend. The charts say more as you log more.</numerusform>
            <numerusform>Only %n incidents in this range so far: too few to show a trend. The charts say more as you log more.</numerusform>
        </translation>
    </message>
</context>
</TS>

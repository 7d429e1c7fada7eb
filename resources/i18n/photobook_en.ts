<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue the photographs in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact and near copies, reviewed side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions, dates and themes from a CSV or Excel file, previewed before anything changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photographs on a timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photographs as a grid, in date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected photograph at screen size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present from this photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the photographs of the filter to a room, in time order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present from the &amp;beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a tour for a talk: slides, order, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;tour from selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tour of the selected photographs, in their order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Photobook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected photograph&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, move, merge and delete themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Places…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, locate, merge and delete places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next decade (timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through time (timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the timeline in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next photograph (full view)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <source>Status: unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate / page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) will change: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) changed by someone else since the preview: nothing was applied. The preview now shows them as they are; apply again to go on.</source>
        <translation>
            <numerusform>%n photograph was changed by someone else since the preview: nothing was applied. The preview now shows it as it is; apply again to go on.</numerusform>
            <numerusform>%n photographs were changed by someone else since the preview: nothing was applied. The preview now shows them as they are; apply again to go on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Reign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate / page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a photograph on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is empty.
“Add folder…” (Ctrl+O) catalogues a folder of photographs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photograph matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No caption in this language yet: shown in another language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden by the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters hide this photograph: it is not among the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>End of the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(black screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(white screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ahead: slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 behind: speed up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRefusal</name>
    <message>
        <source>“%1” is not a date photobook understands.</source>
        <extracomment>Why a date typed by the archivist is refused; %1 is that date (as typed, or as EDTF: 1985-06-31).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: this date cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the interval ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: before the invention of photography.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: ends in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: there is no such day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: there is no such year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no definite bounds (open intervals are not supported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no date to reshape: type one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group %1 · %2 · %Ln photographs</source>
        <translation>
            <numerusform>Group %1 · %2 · %Ln photograph</numerusform>
            <numerusform>Group %1 · %2 · %Ln photographs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups of duplicates</source>
        <translation>
            <numerusform>%Ln group of duplicates</numerusform>
            <numerusform>%Ln groups of duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photographs were compared by content only (no perceptual hash yet).</source>
        <translation>
            <numerusform>%Ln photograph was compared by content only (no perceptual hash yet).</numerusform>
            <numerusform>%Ln photographs were compared by content only (no perceptual hash yet).</numerusform>
        </translation>
    </message>
    <message>
        <source>the same picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln bits apart</source>
        <translation>
            <numerusform>%Ln bit apart</numerusform>
            <numerusform>%Ln bits apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln duplicates</source>
        <translation>
            <numerusform>Merge %Ln duplicate</numerusform>
            <numerusform>Merge %Ln duplicates</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done: the merge cannot be undone, the record kept (no. %1) was changed by someone else since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into the record kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record kept takes the other files and the captions, themes and date it lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These photographs will not be proposed together again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditRefusal</name>
    <message>
        <source>%1: a NUL character cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a broken character (a lone surrogate) cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a control character (%2) at position %3; a one-line field takes none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a control character (%2) at position %3; only tabs and line breaks are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%2” is not a status (draft, reviewed or published).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%2” is not a language of the catalog (French, Arabic, English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%2” is not a field of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no theme “%2” any more: it was deleted in another window. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%2” cannot be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status cannot be cleared: set it (draft, reviewed or published).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%2” is not a source of dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme “%2” is both added and removed: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a number of degrees from −%3 to %3, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a number is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: text is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photograph is no longer in the catalog (removed in another window): nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tour needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slide stays from 1 second to 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a tour called “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%2” is not a transition (cut or fly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photograph of this tour is no longer in the catalog (removed in another window): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog cannot be written here (it is read-only): nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the catalog is full: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is damaged: nothing was saved. Restore the last backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>The fields a refusal names (the editor&apos;s own words for them); &quot;%1 (%2)&quot; adds the language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate / page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">English</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln character(s) long; at most %2.</source>
        <translation>
            <numerusform>%1: %Ln character long; at most %2.</numerusform>
            <numerusform>%1: %Ln characters long; at most %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photograph(s) changed by someone else since they were read: nothing was saved.</source>
        <translation>
            <numerusform>%Ln photograph was changed by someone else since it was read: nothing was saved.</numerusform>
            <numerusform>%Ln photographs were changed by someone else since they were read: nothing was saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tour has %Ln slide(s) now: it was changed in another window. Nothing was changed.</source>
        <translation>
            <numerusform>The tour has %Ln slide now: it was changed in another window. Nothing was changed.</numerusform>
            <numerusform>The tour has %Ln slides now: it was changed in another window. Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate / page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this photograph meanwhile: nothing of yours was saved. Their version, and yours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undated</source>
        <translation type="unfinished">Undated</translation>
    </message>
    <message>
        <source>Quick picks (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the conflict</source>
        <translation>Show the conflict</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1985, vers 1985, juin 1985, années 80, 1984/1986…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a photograph to edit its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this photograph meanwhile: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) you left with Ctrl+Enter: someone else saved it meanwhile, and your changes were not saved.</source>
        <translation>
            <numerusform>%n photograph you left with Ctrl+Enter had been saved by someone else meanwhile: your changes to it were not saved.</numerusform>
            <numerusform>%n photographs you left with Ctrl+Enter had been saved by someone else meanwhile: your changes to them were not saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions, places, people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln photograph(s)</source>
        <translation>
            <numerusform>%Ln photograph</numerusform>
            <numerusform>%Ln photographs</numerusform>
        </translation>
    </message>
    <message>
        <source>Undated</source>
        <translation type="unfinished">Undated</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FullView</name>
    <message>
        <source>%1: back · %2 / %3: zoom in / out · drag: move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) to change</source>
        <translation>
            <numerusform>%n photograph to change</numerusform>
            <numerusform>%n photographs to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n not found</numerusform>
            <numerusform>%n not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing can be imported until the file is corrected</source>
        <translation>
            <numerusform>%n error: nothing can be imported until the file is corrected</numerusform>
            <numerusform>%n errors: nothing can be imported until the file is corrected</numerusform>
        </translation>
    </message>
    <message>
        <source>No row names a photograph of this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not there any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file (.csv, .xlsx or .json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1 MB; an import file is at most %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is nested too deeply to be a photobook catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a photobook catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a catalog of version %1; this photobook reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its “photos” is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text: save the spreadsheet as “CSV UTF-8” and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty: its first line names the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a readable Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook expands to %1 MB; at most %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has a cell of more than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first sheet is empty: its first row names the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1” is there twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cell(s) beyond the last named column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable date “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status “%1” (draft, reviewed or published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind of key “%1” (path, name, hash or plate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 to find the photograph by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is also on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same photograph as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names %2 photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is both given and named in “cleared”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by someone else since this preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry must be an object { … }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry needs a “path” or a “content_hash”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“themes” must be a list of theme names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“captions” must give each language its caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown caption language “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caption “%1” must be a text, or a title and a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“place_coords” must be [latitude, longitude] in degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” and “%1_fr” are the same field: give one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“cleared” must be a list of column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the catalog changed since this preview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation type="unfinished">Photograph</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Looking for photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexReason</name>
    <message>
        <source>symbolic link loop; not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken symbolic link; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link loop (points back to a folder above it); not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link to outside the source folder; not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the folder: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder already visited (a loop); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, not a regular file; not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image too large to open safely (possible decompression bomb): {pixels} pixels, over the limit of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave up after {seconds} s (the file may be crafted to hang readers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file ({kind}); not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file disappeared while indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image photobook can read (unknown or corrupt format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file declares an impossible size (out of memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image data is truncated (the file is incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image data is truncated; the thumbnail shows the readable part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable image ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very large image (over {megapixels} megapixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEIC/HEIF needs the optional pillow-heif package ({command})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image declares an impossible size {width} × {height}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPTC unreadable ({error}); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thumbnail failed: {cause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be stored in the catalog: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed from the library by another photobook while it was being indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIF {tag} {value!r} is not a date; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIF {tag} {value!r} is not a real date; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIF {tag} {value!r} is impossible; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIF GPS position unreadable (needs degrees, minutes, seconds); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIF GPS position unreadable (zero denominator); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIF GPS position unreadable ({detail}); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIF GPS position out of range; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIF has a loop of IFDs; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIF declares an impossible size; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIF declares more entries than a photograph has (possibly crafted); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIF unreadable ({error}); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIF orientation {value} is not valid (1–8); shown as stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP larger than {megabytes} MB; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP refused: it declares XML entities or a DTD (possible XML bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP is not well-formed XML ({detail}); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP declares an unknown text encoding ({detail}); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sidecar {sidecar!r} not read: {cause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag {tag}: data larger than the file; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag offset too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly corrupt EXIF data: expected {expected} bytes, got {got}; tag {tag} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly corrupt EXIF MakerNote data: expected {expected} bytes, got {got}; tag {tag} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag {tag} has too many entries: {count}, expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed MPO file; read as a plain JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid APNG; the default PNG image is used if possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated file read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale file handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such device or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transport endpoint is not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Enter ↵</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Show in English</source>
        <translation>Show in English</translation>
    </message>
    <message>
        <source>Timeline of the photographs</source>
        <translation>Timeline of the photographs</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Theme: {name}</source>
        <translation>Theme: {name}</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the timeline</source>
        <translation>Back to the timeline</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>Still there?</translation>
    </message>
    <message>
        <source>Touch to continue</source>
        <translation>Touch to continue</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>Touch the screen to explore the archive</source>
        <translation>Touch the screen to explore the archive</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Wrong code</source>
        <translation>Wrong code</translation>
    </message>
    <message>
        <source>Too many tries: try again in {n} s</source>
        <translation>Too many tries: try again in {n} s</translation>
    </message>
    <message>
        <source>No code set: photobook kiosk --set-pin</source>
        <translation>No code set: photobook kiosk --set-pin</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>The archive is temporarily unavailable.
Trying again in a moment…</source>
        <translation>The archive is temporarily unavailable.
Trying again in a moment…</translation>
    </message>
    <message>
        <source>This catalogue must first be opened by photobook on the archivist&apos;s computer.
Trying again in a moment…</source>
        <translation>This catalogue must first be opened by photobook on the archivist&apos;s computer.
Trying again in a moment…</translation>
    </message>
    <message>
        <source>No photographs</source>
        <translation>No photographs</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Photograph</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The catalog is damaged (%1): restore the last backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n photograph(s) changed</source>
        <translation>
            <numerusform>Imported: %n photograph changed</numerusform>
            <numerusform>Imported: %n photographs changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the demo archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Indexing cancelled: %n photograph(s) catalogued before stopping.</source>
        <translation>
            <numerusform>Indexing cancelled: %n photograph catalogued before stopping.</numerusform>
            <numerusform>Indexing cancelled: %n photographs catalogued before stopping.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new photograph(s) catalogued.</source>
        <translation>
            <numerusform>%n new photograph catalogued.</numerusform>
            <numerusform>%n new photographs catalogued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: see Index problems.</source>
        <translation>
            <numerusform>%n file could not be read: see Index problems.</numerusform>
            <numerusform>%n files could not be read: see Index problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another photobook writing this library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photobook — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Photobook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photobook: the archive of a book on Morocco&apos;s economic transformation, browsed through time, with captions in French, Arabic and English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Keep this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Overview of the slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides — arrows, then Enter; Escape closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <comment>a slide kept for questions, skipped when stepping</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Nearby: %1 (%2 km) — use it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesEditor</name>
    <message>
        <source>Add place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge place %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete place %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesManager</name>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">English</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude, longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name · FR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name · AR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name · EN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search places, in any language (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−90 to 90, e.g. 33.5731</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−180 to 180, e.g. -7.5898</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a place, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) are placed here: merge it into another place to delete it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No photograph is placed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none (top level) —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude is a number of degrees from −90 to 90 (south is negative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longitude is a number of degrees from −180 to 180 (west is negative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New place: its French name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place needs its French name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already the Arabic name of the place “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already the English name of the place “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a place “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) are placed at “%1”: merge it into another place instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Index problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: every file found was catalogued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be catalogued</source>
        <translation>
            <numerusform>%n file could not be catalogued</numerusform>
            <numerusform>%n files could not be catalogued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>There is already a place “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no place “%1” any more: it was renamed or deleted in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place needs its French name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A name is at most %n character(s) long.</source>
        <translation>
            <numerusform>A name is at most %n character long.</numerusform>
            <numerusform>A name is at most %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>A name cannot hold a NUL character or a broken character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already the Arabic name of the place “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already the English name of the place “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language of the catalog (French, Arabic, English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude is a number of degrees from −90 to 90 (south is negative), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longitude is a number of degrees from −180 to 180 (west is negative), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is inside “%2” now: a place cannot be put inside itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is inside “%2” now: merge it into a place outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) are placed at “%1” now: merge it into another place instead.</source>
        <translation>
            <numerusform>%n photograph is placed at “%1” now: merge it into another place instead.</numerusform>
            <numerusform>%n photographs are placed at “%1” now: merge it into another place instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Places are inside “%1” now: its adding cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The merge of “%1” cannot be undone: %n of its photograph(s) were changed in another window since.</source>
        <translation>
            <numerusform>The merge of “%1” cannot be undone: %n of its photographs was changed in another window since.</numerusform>
            <numerusform>The merge of “%1” cannot be undone: %n of its photographs were changed in another window since.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a theme “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no theme “%1” any more: it was deleted in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme’s identifier is lower-case letters, digits and hyphens (at most 64), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colour is written #rrggbb, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new theme needs a label in at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is under “%2” now: a theme cannot move under itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) are tagged “%1” now: merge it into another theme instead.</source>
        <translation>
            <numerusform>%n photograph is tagged “%1” now: merge it into another theme instead.</numerusform>
            <numerusform>%n photographs are tagged “%1” now: merge it into another theme instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The merge of the theme “%1” cannot be undone: %n of its photograph(s) were changed in another window since.</source>
        <translation>
            <numerusform>The merge of the theme “%1” cannot be undone: %n of its photographs was changed in another window since.</numerusform>
            <numerusform>The merge of the theme “%1” cannot be undone: %n of its photographs were changed in another window since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlideStrip</name>
    <message>
        <source>Slides of the talk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeTreeModel</name>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An estimate: the photographs found were counted one in %n.</source>
        <translation>
            <numerusform>An estimate: the photographs found were counted one in %n.</numerusform>
            <numerusform>An estimate: the photographs found were counted one in %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemesManager</name>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">English</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label · FR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label · AR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label · EN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case-and-hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a theme, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) have this theme: merge it into another to delete it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No photograph has this theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme under “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme at the top level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>No photographs</source>
        <translation>No photographs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photograph(s)</source>
        <translation>
            <numerusform>%Ln photograph</numerusform>
            <numerusform>%Ln photographs</numerusform>
        </translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Undated</translation>
    </message>
    <message>
        <source>since %1</source>
        <comment>a day: depuis le 23 juillet 1999</comment>
        <translation>since %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <comment>a year: depuis 1999</comment>
        <translation>since %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more loosely dated</source>
        <translation>
            <numerusform>+ %Ln more loosely dated</numerusform>
            <numerusform>+ %Ln more loosely dated</numerusform>
        </translation>
    </message>
    <message>
        <source>No photograph matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln photograph(s) without a date: shown below the timeline.</source>
        <translation>
            <numerusform>%Ln photograph without a date: shown below the timeline.</numerusform>
            <numerusform>%Ln photographs without a date: shown below the timeline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TourController</name>
    <message>
        <source>New tour “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n photograph(s) to the tour</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder the slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of slide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide slide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show slide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove slide %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToursDock</name>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Title of the tour (%n photograph(s)):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden (kept for questions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presenter&apos;s notes for this slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides of the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpgradeWindow</name>
    <message>
        <source>Photobook — updating the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the catalog for this version of photobook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can take a minute for a large archive; your photographs and captions are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog revision %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocabularyEditor</name>
    <message>
        <source>Add theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge theme %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete theme %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.console</name>
    <message>
        <source>Photobook — presenter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

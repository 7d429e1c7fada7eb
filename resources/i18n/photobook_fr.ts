<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Catalogue the photographs in a folder</source>
        <translation>Cataloguer les photographies d’un dossier</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Doublons…</translation>
    </message>
    <message>
        <source>Exact and near copies, reviewed side by side</source>
        <translation>Copies exactes et proches, comparées côte à côte</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet…</source>
        <translation>&amp;Importer un tableur…</translation>
    </message>
    <message>
        <source>Captions, dates and themes from a CSV or Excel file, previewed before anything changes</source>
        <translation>Légendes, dates et thèmes depuis un fichier CSV ou Excel, montrés avant tout changement</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Frise chronologique</translation>
    </message>
    <message>
        <source>The photographs on a timeline</source>
        <translation>Les photographies sur une frise chronologique</translation>
    </message>
    <message>
        <source>&amp;Contact sheet</source>
        <translation>&amp;Planche contact</translation>
    </message>
    <message>
        <source>The photographs as a grid, in date order</source>
        <translation>Les photographies en grille, par date</translation>
    </message>
    <message>
        <source>&amp;Full view</source>
        <translation>Photographie en &amp;grand</translation>
    </message>
    <message>
        <source>The selected photograph at screen size</source>
        <translation>La photographie choisie à la taille de l’écran</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Tout voir</translation>
    </message>
    <message>
        <source>Show the whole archive</source>
        <translation>Voir toute l’archive</translation>
    </message>
    <message>
        <source>First photograph</source>
        <translation>Première photographie</translation>
    </message>
    <message>
        <source>Last photograph</source>
        <translation>Dernière photographie</translation>
    </message>
    <message>
        <source>&amp;Previous photograph</source>
        <translation>Photographie pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;Next photograph</source>
        <translation>Photographie &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Filters &amp;panel</source>
        <translation>Panneau des fi&amp;ltres</translation>
    </message>
    <message>
        <source>&amp;Caption panel</source>
        <translation>Panneau de légen&amp;de</translation>
    </message>
    <message>
        <source>Index &amp;problems</source>
        <translation>Problèmes d’inde&amp;xation</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>Plein écra&amp;n</translation>
    </message>
    <message>
        <source>&amp;Present from this photograph</source>
        <translation>&amp;Présenter depuis cette photographie</translation>
    </message>
    <message>
        <source>Show the photographs of the filter to a room, in time order</source>
        <translation>Montrer à une salle les photographies du filtre, dans l’ordre du temps</translation>
    </message>
    <message>
        <source>Present from the &amp;beginning</source>
        <translation>Présenter depuis le &amp;début</translation>
    </message>
    <message>
        <source>&amp;Tours</source>
        <translation>&amp;Visites</translation>
    </message>
    <message>
        <source>Build a tour for a talk: slides, order, notes</source>
        <translation>Préparer une visite pour une conférence : vues, ordre, notes</translation>
    </message>
    <message>
        <source>New &amp;tour from selection…</source>
        <translation>Nouvelle &amp;visite depuis la sélection…</translation>
    </message>
    <message>
        <source>A tour of the selected photographs, in their order</source>
        <translation>Une visite des photographies sélectionnées, dans leur ordre</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Panneau suivant</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;About Photobook</source>
        <translation>À &amp;propos de Photobook</translation>
    </message>
    <message>
        <source>&amp;Edit record…</source>
        <translation>&amp;Modifier la fiche…</translation>
    </message>
    <message>
        <source>Edit the selected photograph&apos;s record</source>
        <translation>Modifier la fiche de la photographie choisie</translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translation>&amp;Thèmes…</translation>
    </message>
    <message>
        <source>Add, rename, move, merge and delete themes</source>
        <translation>Ajouter, renommer, déplacer, fusionner et supprimer des thèmes</translation>
    </message>
    <message>
        <source>&amp;Places…</source>
        <translation>&amp;Lieux…</translation>
    </message>
    <message>
        <source>Add, rename, locate, merge and delete places</source>
        <translation>Ajouter, renommer, situer, fusionner et supprimer des lieux</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Tout voir</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise</translation>
    </message>
    <message>
        <source>Contact sheet</source>
        <translation>Planche contact</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Previous / next decade (timeline)</source>
        <translation>Décennie précédente / suivante (frise)</translation>
    </message>
    <message>
        <source>Move through time (timeline)</source>
        <translation>Se déplacer dans le temps (frise)</translation>
    </message>
    <message>
        <source>Zoom the timeline in / out</source>
        <translation>Zoom avant / arrière sur la frise</translation>
    </message>
    <message>
        <source>Previous / next photograph (full view)</source>
        <translation>Photographie précédente / suivante (plein écran)</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <source>Status: unchanged</source>
        <translation>Statut : inchangé</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Theme…</source>
        <translation>Thème…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation>Appliquer à toutes</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Value for all…</source>
        <translation>Valeur pour toutes…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Photographe</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Plate / page</source>
        <translation>Planche / page</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) selected</source>
        <translation>
            <numerusform>%n photographie choisie</numerusform>
            <numerusform>%n photographies choisies</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à changer.</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) will change: </source>
        <translation>
            <numerusform>%n photographie changera : </numerusform>
            <numerusform>%n photographies changeront : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) changed by someone else since the preview: nothing was applied. The preview now shows them as they are; apply again to go on.</source>
        <translation>
            <numerusform>%n photographie modifiée par quelqu&apos;un d&apos;autre depuis l&apos;aperçu : rien n&apos;a été appliqué. L&apos;aperçu la montre telle qu&apos;elle est ; appliquez de nouveau pour continuer.</numerusform>
            <numerusform>%n photographies modifiées par quelqu&apos;un d&apos;autre depuis l&apos;aperçu : rien n&apos;a été appliqué. L&apos;aperçu les montre telles qu&apos;elles sont ; appliquez de nouveau pour continuer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Reign</source>
        <translation>Règne</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Photographe</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Plate / page</source>
        <translation>Planche / page</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Select a photograph on the timeline</source>
        <translation>Choisissez une photographie sur la frise</translation>
    </message>
    <message>
        <source>The archive is empty.
“Add folder…” (Ctrl+O) catalogues a folder of photographs.</source>
        <translation>L’archive est vide.
« Ajouter un dossier… » (Ctrl+O) catalogue un dossier de photographies.</translation>
    </message>
    <message>
        <source>No photograph matches these filters.</source>
        <translation>Aucune photographie ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indexation…</translation>
    </message>
    <message>
        <source>No caption in this language yet: shown in another language</source>
        <translation>Pas encore de légende dans cette langue : affichée dans une autre langue</translation>
    </message>
    <message>
        <source>hidden by the filters</source>
        <translation>hors filtre</translation>
    </message>
    <message>
        <source>The filters hide this photograph: it is not among the results.</source>
        <translation>Les filtres masquent cette photographie : elle n’est pas parmi les résultats.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>End of the presentation</source>
        <translation>Fin de la présentation</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Suivante : %1</translation>
    </message>
    <message>
        <source>(black screen)</source>
        <translation>(écran noir)</translation>
    </message>
    <message>
        <source>(white screen)</source>
        <translation>(écran blanc)</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Vue %1 sur %2</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>Pas de notes pour cette vue.</translation>
    </message>
    <message>
        <source>Time left until %1</source>
        <translation>Temps restant jusqu’à %1</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Time since the start</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>%1 ahead: slow down</source>
        <translation>%1 d’avance : ralentir</translation>
    </message>
    <message>
        <source>%1 behind: speed up</source>
        <translation>%1 de retard : accélérer</translation>
    </message>
</context>
<context>
    <name>DateRefusal</name>
    <message>
        <source>“%1” is not a date photobook understands.</source>
        <extracomment>Why a date typed by the archivist is refused; %1 is that date (as typed, or as EDTF: 1985-06-31).</extracomment>
        <translation>« %1 » n’est pas une date que photobook comprend.</translation>
    </message>
    <message>
        <source>“%1”: this date cannot be read.</source>
        <translation>« %1 » : cette date ne peut pas être lue.</translation>
    </message>
    <message>
        <source>“%1”: the interval ends before it starts.</source>
        <translation>« %1 » : l’intervalle finit avant de commencer.</translation>
    </message>
    <message>
        <source>“%1”: before the invention of photography.</source>
        <translation>« %1 » : avant l’invention de la photographie.</translation>
    </message>
    <message>
        <source>“%1”: in the future.</source>
        <translation>« %1 » : dans le futur.</translation>
    </message>
    <message>
        <source>“%1”: ends in the future.</source>
        <translation>« %1 » : finit dans le futur.</translation>
    </message>
    <message>
        <source>“%1”: there is no such day.</source>
        <translation>« %1 » : ce jour n’existe pas.</translation>
    </message>
    <message>
        <source>“%1”: there is no such year.</source>
        <translation>« %1 » : cette année n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” has no definite bounds (open intervals are not supported).</source>
        <translation>« %1 » n’a pas de bornes précises (les intervalles ouverts ne sont pas pris en charge).</translation>
    </message>
    <message>
        <source>There is no date to reshape: type one first.</source>
        <translation>Il n’y a pas de date à reformuler : saisissez-en une d’abord.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Recherche des doublons…</translation>
    </message>
    <message>
        <source>exact copies</source>
        <translation>copies exactes</translation>
    </message>
    <message>
        <source>near copies</source>
        <translation>copies proches</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Aucun doublon trouvé.</translation>
    </message>
    <message>
        <source>the same file</source>
        <translation>le même fichier</translation>
    </message>
    <message numerus="yes">
        <source>Group %1 · %2 · %Ln photographs</source>
        <translation>
            <numerusform>Groupe %1 · %2 · %Ln photographie</numerusform>
            <numerusform>Groupe %1 · %2 · %Ln photographies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups of duplicates</source>
        <translation>
            <numerusform>%Ln groupe de doublons</numerusform>
            <numerusform>%Ln groupes de doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photographs were compared by content only (no perceptual hash yet).</source>
        <translation>
            <numerusform>%Ln photographie n’a été comparée que par son contenu (pas encore d’empreinte perceptuelle).</numerusform>
            <numerusform>%Ln photographies n’ont été comparées que par leur contenu (pas encore d’empreinte perceptuelle).</numerusform>
        </translation>
    </message>
    <message>
        <source>the same picture</source>
        <translation>la même image</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bits apart</source>
        <translation>
            <numerusform>à %Ln bit d’écart</numerusform>
            <numerusform>à %Ln bits d’écart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln duplicates</source>
        <translation>
            <numerusform>Fusionner %Ln doublon</numerusform>
            <numerusform>Fusionner %Ln doublons</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done: the merge cannot be undone, the record kept (no. %1) was changed by someone else since.</source>
        <translation>Non effectué : la fusion ne peut pas être annulée, la fiche conservée (nº %1) a été modifiée depuis par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>&amp;Merge into the record kept</source>
        <translation>&amp;Fusionner dans la fiche conservée</translation>
    </message>
    <message>
        <source>The record kept takes the other files and the captions, themes and date it lacks</source>
        <translation>La fiche conservée reçoit les autres fichiers, et les légendes, thèmes et date qui lui manquent</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Pas des doublons</translation>
    </message>
    <message>
        <source>These photographs will not be proposed together again</source>
        <translation>Ces photographies ne seront plus proposées ensemble</translation>
    </message>
</context>
<context>
    <name>EditRefusal</name>
    <message>
        <source>%1: a NUL character cannot be saved.</source>
        <translation>%1 : un caractère NUL ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>%1: a broken character (a lone surrogate) cannot be saved.</source>
        <translation>%1 : un caractère invalide (demi-codet isolé) ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>%1: a control character (%2) at position %3; a one-line field takes none.</source>
        <translation>%1 : caractère de contrôle (%2) à la position %3 ; un champ d’une seule ligne n’en accepte aucun.</translation>
    </message>
    <message>
        <source>%1: a control character (%2) at position %3; only tabs and line breaks are allowed.</source>
        <translation>%1 : caractère de contrôle (%2) à la position %3 ; seuls les tabulations et les retours à la ligne sont acceptés.</translation>
    </message>
    <message>
        <source>“%2” is not a status (draft, reviewed or published).</source>
        <translation>« %2 » n’est pas un statut (brouillon, relu ou publié).</translation>
    </message>
    <message>
        <source>“%2” is not a language of the catalog (French, Arabic, English).</source>
        <translation>« %2 » n’est pas une langue du catalogue (français, arabe, anglais).</translation>
    </message>
    <message>
        <source>“%2” is not a field of the record.</source>
        <translation>« %2 » n’est pas un champ de la fiche.</translation>
    </message>
    <message>
        <source>There is no theme “%2” any more: it was deleted in another window. Nothing was saved.</source>
        <translation>Le thème « %2 » n’existe plus : il a été supprimé dans une autre fenêtre. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>“%2” cannot be cleared.</source>
        <translation>« %2 » ne peut pas être effacé.</translation>
    </message>
    <message>
        <source>The status cannot be cleared: set it (draft, reviewed or published).</source>
        <translation>Le statut ne peut pas être effacé : choisissez-en un (brouillon, relu ou publié).</translation>
    </message>
    <message>
        <source>“%2” is not a source of dates.</source>
        <translation>« %2 » n’est pas une source de date.</translation>
    </message>
    <message>
        <source>The theme “%2” is both added and removed: choose one.</source>
        <translation>Le thème « %2 » est à la fois ajouté et retiré : choisissez l’un ou l’autre.</translation>
    </message>
    <message>
        <source>%1: a number of degrees from −%3 to %3, not “%2”.</source>
        <translation>%1 : un nombre de degrés de −%3 à %3, et non « %2 ».</translation>
    </message>
    <message>
        <source>%1: a number is expected.</source>
        <translation>%1 : un nombre est attendu.</translation>
    </message>
    <message>
        <source>%1: text is expected.</source>
        <translation>%1 : un texte est attendu.</translation>
    </message>
    <message>
        <source>This photograph is no longer in the catalog (removed in another window): nothing was saved.</source>
        <translation>Cette photographie n’est plus dans le catalogue (retirée dans une autre fenêtre) : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A tour needs a title.</source>
        <translation>Une visite doit avoir un titre.</translation>
    </message>
    <message>
        <source>A slide stays from 1 second to 24 hours.</source>
        <translation>Une vue reste affichée de 1 seconde à 24 heures.</translation>
    </message>
    <message>
        <source>There is already a tour called “%2”.</source>
        <translation>Il existe déjà une visite intitulée « %2 ».</translation>
    </message>
    <message>
        <source>“%2” is not a transition (cut or fly).</source>
        <translation>« %2 » n’est pas une transition (coupe franche ou survol).</translation>
    </message>
    <message>
        <source>A photograph of this tour is no longer in the catalog (removed in another window): nothing was changed.</source>
        <translation>Une photographie de cette visite n’est plus dans le catalogue (retirée dans une autre fenêtre) : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The catalog cannot be written here (it is read-only): nothing was saved.</source>
        <translation>Le catalogue ne peut pas être modifié ici (il est en lecture seule) : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The disk holding the catalog is full: nothing was saved.</source>
        <translation>Le disque qui contient le catalogue est plein : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The catalog is damaged: nothing was saved. Restore the last backup.</source>
        <translation>Le catalogue est endommagé : rien n’a été enregistré. Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>The fields a refusal names (the editor&apos;s own words for them); &quot;%1 (%2)&quot; adds the language.</extracomment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Photographe</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Plate / page</source>
        <translation>Planche / page</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Tour title</source>
        <translation>Titre de la visite</translation>
    </message>
    <message>
        <source>Slide notes</source>
        <translation>Notes de la vue</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln character(s) long; at most %2.</source>
        <translation>
            <numerusform>%1 : %Ln caractère ; %2 au plus.</numerusform>
            <numerusform>%1 : %Ln caractères ; %2 au plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photograph(s) changed by someone else since they were read: nothing was saved.</source>
        <translation>
            <numerusform>%Ln photographie a été modifiée par quelqu’un d’autre depuis sa lecture : rien n’a été enregistré.</numerusform>
            <numerusform>%Ln photographies ont été modifiées par quelqu’un d’autre depuis leur lecture : rien n’a été enregistré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tour has %Ln slide(s) now: it was changed in another window. Nothing was changed.</source>
        <translation>
            <numerusform>La visite compte maintenant %Ln vue : elle a été modifiée dans une autre fenêtre. Rien n’a été changé.</numerusform>
            <numerusform>La visite compte maintenant %Ln vues : elle a été modifiée dans une autre fenêtre. Rien n’a été changé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Photographe</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Plate / page</source>
        <translation>Planche / page</translation>
    </message>
    <message>
        <source>Notes (internal)</source>
        <translation>Notes (internes)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Someone else saved this photograph meanwhile: nothing of yours was saved. Their version, and yours:</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette photographie entre-temps : rien de votre saisie n&apos;a été enregistré. Sa version, et la vôtre :</translation>
    </message>
    <message>
        <source>Exact day</source>
        <translation>Jour exact</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Circa</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Décennie</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Non daté</translation>
    </message>
    <message>
        <source>Quick picks (Alt+Down)</source>
        <translation>Choix rapides (Alt+Bas)</translation>
    </message>
    <message>
        <source>All themes (Alt+Down)</source>
        <translation>Tous les thèmes (Alt+Bas)</translation>
    </message>
    <message>
        <source>Show the conflict</source>
        <translation>Voir le conflit</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder la sienne</translation>
    </message>
    <message>
        <source>Save my choice</source>
        <translation>Enregistrer mon choix</translation>
    </message>
    <message>
        <source>1985, vers 1985, juin 1985, années 80, 1984/1986…</source>
        <translation>1985, vers 1985, juin 1985, années 80, 1984/1986…</translation>
    </message>
    <message>
        <source>Add a theme…</source>
        <translation>Ajouter un thème…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Lieu %1</translation>
    </message>
    <message>
        <source>No theme called “%1”</source>
        <translation>Aucun thème « %1 »</translation>
    </message>
    <message>
        <source>Themes %1</source>
        <translation>Thèmes %1</translation>
    </message>
    <message>
        <source>Remove this theme</source>
        <translation>Retirer ce thème</translation>
    </message>
    <message>
        <source>Select a photograph to edit its record</source>
        <translation>Choisissez une photographie pour modifier sa fiche</translation>
    </message>
    <message>
        <source>Digitised %1</source>
        <translation>Numérisée le %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>Aucune modification pour l&apos;instant.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Someone else saved this photograph meanwhile: nothing was saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette photographie entre-temps : rien n&apos;a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) you left with Ctrl+Enter: someone else saved it meanwhile, and your changes were not saved.</source>
        <translation>
            <numerusform>%n photographie quittée avec Ctrl+Entrée avait été enregistrée par quelqu&apos;un d&apos;autre entre-temps : vos modifications n&apos;ont pas été enregistrées.</numerusform>
            <numerusform>%n photographies quittées avec Ctrl+Entrée avaient été enregistrées par quelqu&apos;un d&apos;autre entre-temps : vos modifications n&apos;ont pas été enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Sa version</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Use my version</source>
        <translation>Garder ma version</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Captions, places, people…</source>
        <translation>Légendes, lieux, personnes…</translation>
    </message>
    <message>
        <source>Reign</source>
        <translation>Règne</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>From this year</source>
        <translation>À partir de cette année</translation>
    </message>
    <message>
        <source>Up to this year</source>
        <translation>Jusqu’à cette année</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photograph(s)</source>
        <translation>
            <numerusform>%Ln photographie</numerusform>
            <numerusform>%Ln photographies</numerusform>
        </translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Non datées</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>FullView</name>
    <message>
        <source>%1: back · %2 / %3: zoom in / out · drag: move</source>
        <translation>%1 : retour · %2 / %3 : zoom avant / arrière · glisser : déplacer</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) to change</source>
        <translation>
            <numerusform>%n photographie à modifier</numerusform>
            <numerusform>%n photographies à modifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n introuvable</numerusform>
            <numerusform>%n introuvables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing can be imported until the file is corrected</source>
        <translation>
            <numerusform>%n erreur : rien ne peut être importé tant que le fichier n’est pas corrigé</numerusform>
            <numerusform>%n erreurs : rien ne peut être importé tant que le fichier n’est pas corrigé</numerusform>
        </translation>
    </message>
    <message>
        <source>No row names a photograph of this library.</source>
        <translation>Aucune ligne ne désigne une photographie de cette bibliothèque.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé : %1</translation>
    </message>
    <message>
        <source>the file is not there any more</source>
        <translation>le fichier n’est plus là</translation>
    </message>
    <message>
        <source>it is a folder, not a file (.csv, .xlsx or .json)</source>
        <translation>c’est un dossier, pas un fichier (.csv, .xlsx ou .json)</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>il ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket)</source>
        <translation>ce n’est pas un fichier ordinaire (un périphérique, un tube ou une socket)</translation>
    </message>
    <message>
        <source>it is %1 MB; an import file is at most %2 MB</source>
        <translation>il fait %1 Mo ; un fichier à importer fait au plus %2 Mo</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>ce n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>it is nested too deeply to be a photobook catalog</source>
        <translation>il est trop imbriqué pour être un catalogue photobook</translation>
    </message>
    <message>
        <source>it is not a photobook catalog</source>
        <translation>ce n’est pas un catalogue photobook</translation>
    </message>
    <message>
        <source>it is a catalog of version %1; this photobook reads version %2</source>
        <translation>c’est un catalogue de version %1 ; ce photobook lit la version %2</translation>
    </message>
    <message>
        <source>its “photos” is not a list</source>
        <translation>son « photos » n’est pas une liste</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text: save the spreadsheet as “CSV UTF-8” and import it again</source>
        <translation>la ligne %1 n’est pas du texte UTF-8 : enregistrez le tableur en « CSV UTF-8 » et importez-le à nouveau</translation>
    </message>
    <message>
        <source>line %1 cannot be read</source>
        <translation>la ligne %1 ne peut pas être lue</translation>
    </message>
    <message>
        <source>it has more than %1 rows</source>
        <translation>il a plus de %1 lignes</translation>
    </message>
    <message>
        <source>it is empty: its first line names the columns</source>
        <translation>il est vide : sa première ligne nomme les colonnes</translation>
    </message>
    <message>
        <source>it is not a readable Excel workbook (.xlsx)</source>
        <translation>ce n’est pas un classeur Excel lisible (.xlsx)</translation>
    </message>
    <message>
        <source>the workbook expands to %1 MB; at most %2 MB</source>
        <translation>le classeur occupe %1 Mo une fois décompressé ; %2 Mo au plus</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>le classeur n’a aucune feuille</translation>
    </message>
    <message>
        <source>row %1 has a cell of more than %2 characters</source>
        <translation>la ligne %1 a une cellule de plus de %2 caractères</translation>
    </message>
    <message>
        <source>its first sheet is empty: its first row names the columns</source>
        <translation>sa première feuille est vide : sa première ligne nomme les colonnes</translation>
    </message>
    <message>
        <source>unknown column “%1”</source>
        <translation>colonne inconnue « %1 »</translation>
    </message>
    <message>
        <source>the column “%1” is there twice</source>
        <translation>la colonne « %1 » figure deux fois</translation>
    </message>
    <message>
        <source>%1 cell(s) beyond the last named column</source>
        <translation>%1 cellule(s) après la dernière colonne nommée</translation>
    </message>
    <message>
        <source>unknown theme “%1”</source>
        <translation>thème inconnu « %1 »</translation>
    </message>
    <message>
        <source>unreadable date “%1”</source>
        <translation>date illisible « %1 »</translation>
    </message>
    <message>
        <source>unknown status “%1” (draft, reviewed or published)</source>
        <translation>statut inconnu « %1 » (draft, reviewed ou published)</translation>
    </message>
    <message>
        <source>value refused: %1</source>
        <translation>valeur refusée : %1</translation>
    </message>
    <message>
        <source>unknown kind of key “%1” (path, name, hash or plate)</source>
        <translation>type de clé inconnu « %1 » (path, name, hash ou plate)</translation>
    </message>
    <message>
        <source>no %1 to find the photograph by</source>
        <translation>aucun %1 pour trouver la photographie</translation>
    </message>
    <message>
        <source>“%1” is also on line %2</source>
        <translation>« %1 » figure aussi à la ligne %2</translation>
    </message>
    <message>
        <source>the same photograph as line %1</source>
        <translation>la même photographie qu’à la ligne %1</translation>
    </message>
    <message>
        <source>“%1” names %2 photographs</source>
        <translation>« %1 » désigne %2 photographies</translation>
    </message>
    <message>
        <source>“%1” is both given and named in “cleared”</source>
        <translation>« %1 » est à la fois rempli et nommé dans « cleared »</translation>
    </message>
    <message>
        <source>entry refused: %1</source>
        <translation>entrée refusée : %1</translation>
    </message>
    <message>
        <source>changed by someone else since this preview</source>
        <translation>modifiée par quelqu’un d’autre depuis cet aperçu</translation>
    </message>
    <message>
        <source>the entry must be an object { … }</source>
        <translation>l’entrée doit être un objet { … }</translation>
    </message>
    <message>
        <source>“%1” must be text</source>
        <translation>« %1 » doit être du texte</translation>
    </message>
    <message>
        <source>the entry needs a “path” or a “content_hash”</source>
        <translation>l’entrée doit avoir un « path » ou un « content_hash »</translation>
    </message>
    <message>
        <source>“themes” must be a list of theme names</source>
        <translation>« themes » doit être une liste de noms de thèmes</translation>
    </message>
    <message>
        <source>“captions” must give each language its caption</source>
        <translation>« captions » doit donner à chaque langue sa légende</translation>
    </message>
    <message>
        <source>unknown caption language “%1”</source>
        <translation>langue de légende inconnue « %1 »</translation>
    </message>
    <message>
        <source>the caption “%1” must be a text, or a title and a text</source>
        <translation>la légende « %1 » doit être un texte, ou un titre et un texte</translation>
    </message>
    <message>
        <source>“place_coords” must be [latitude, longitude] in degrees</source>
        <translation>« place_coords » doit être [latitude, longitude] en degrés</translation>
    </message>
    <message>
        <source>“%1” and “%1_fr” are the same field: give one of them</source>
        <translation>« %1 » et « %1_fr » sont le même champ : n’en donnez qu’un</translation>
    </message>
    <message>
        <source>“cleared” must be a list of column names</source>
        <translation>« cleared » doit être une liste de noms de colonnes</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Nothing was imported: the catalog changed since this preview.</source>
        <translation>Rien n’a été importé : le catalogue a changé depuis cet aperçu.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Photographie</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>IndexProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Looking for photographs</source>
        <translation>Recherche des photographies</translation>
    </message>
    <message>
        <source>Reading photographs</source>
        <translation>Lecture des photographies</translation>
    </message>
    <message>
        <source>Making thumbnails</source>
        <translation>Création des vignettes</translation>
    </message>
    <message>
        <source>%1 files/s</source>
        <translation>%1 fichiers/s</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>IndexReason</name>
    <message>
        <source>symbolic link loop; not followed</source>
        <translation>boucle de liens symboliques ; non suivie</translation>
    </message>
    <message>
        <source>broken symbolic link; skipped</source>
        <translation>lien symbolique rompu ; ignoré</translation>
    </message>
    <message>
        <source>symbolic link loop (points back to a folder above it); not followed</source>
        <translation>boucle de liens symboliques (il pointe vers un dossier parent) ; non suivi</translation>
    </message>
    <message>
        <source>symbolic link to outside the source folder; not followed</source>
        <translation>lien symbolique vers l’extérieur du dossier source ; non suivi</translation>
    </message>
    <message>
        <source>cannot read the folder: {error}</source>
        <translation>impossible de lire le dossier : {error}</translation>
    </message>
    <message>
        <source>folder already visited (a loop); skipped</source>
        <translation>dossier déjà parcouru (une boucle) ; ignoré</translation>
    </message>
    <message>
        <source>{kind}, not a regular file; not opened</source>
        <translation>{kind}, pas un fichier ordinaire ; non ouvert</translation>
    </message>
    <message>
        <source>cannot read: {error}</source>
        <translation>lecture impossible : {error}</translation>
    </message>
    <message>
        <source>image too large to open safely (possible decompression bomb): {pixels} pixels, over the limit of {limit}</source>
        <translation>image trop grande pour être ouverte sans risque (possible bombe de décompression) : {pixels} pixels, au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <source>gave up after {seconds} s (the file may be crafted to hang readers)</source>
        <translation>abandon après {seconds} s (le fichier est peut-être conçu pour bloquer les lecteurs)</translation>
    </message>
    <message>
        <source>not a regular file ({kind}); not opened</source>
        <translation>pas un fichier ordinaire ({kind}) ; non ouvert</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>impossible de lire le fichier : {error}</translation>
    </message>
    <message>
        <source>the file disappeared while indexing</source>
        <translation>le fichier a disparu pendant l’indexation</translation>
    </message>
    <message>
        <source>not an image photobook can read (unknown or corrupt format)</source>
        <translation>pas une image que photobook sait lire (format inconnu ou corrompu)</translation>
    </message>
    <message>
        <source>the file declares an impossible size (out of memory)</source>
        <translation>le fichier déclare une taille impossible (mémoire insuffisante)</translation>
    </message>
    <message>
        <source>the image data is truncated (the file is incomplete)</source>
        <translation>les données de l’image sont tronquées (le fichier est incomplet)</translation>
    </message>
    <message>
        <source>the image data is truncated; the thumbnail shows the readable part</source>
        <translation>les données de l’image sont tronquées ; la vignette montre la partie lisible</translation>
    </message>
    <message>
        <source>unreadable image ({detail})</source>
        <translation>image illisible ({detail})</translation>
    </message>
    <message>
        <source>very large image (over {megapixels} megapixels)</source>
        <translation>très grande image (plus de {megapixels} mégapixels)</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>fichier vide (0 octet)</translation>
    </message>
    <message>
        <source>HEIC/HEIF needs the optional pillow-heif package ({command})</source>
        <translation>le format HEIC/HEIF nécessite le paquet facultatif pillow-heif ({command})</translation>
    </message>
    <message>
        <source>image declares an impossible size {width} × {height}</source>
        <translation>l’image déclare une taille impossible : {width} × {height}</translation>
    </message>
    <message>
        <source>IPTC unreadable ({error}); ignored</source>
        <translation>IPTC illisible ({error}) ; ignoré</translation>
    </message>
    <message>
        <source>thumbnail failed: {cause}</source>
        <translation>échec de la vignette : {cause}</translation>
    </message>
    <message>
        <source>could not be stored in the catalog: {detail}</source>
        <translation>n’a pas pu être enregistré dans le catalogue : {detail}</translation>
    </message>
    <message>
        <source>removed from the library by another photobook while it was being indexed</source>
        <translation>retiré de la bibliothèque par un autre photobook pendant son indexation</translation>
    </message>
    <message>
        <source>EXIF {tag} {value!r} is not a date; ignored</source>
        <translation>EXIF {tag} {value!r} n’est pas une date ; ignorée</translation>
    </message>
    <message>
        <source>EXIF {tag} {value!r} is not a real date; ignored</source>
        <translation>EXIF {tag} {value!r} n’est pas une date réelle ; ignorée</translation>
    </message>
    <message>
        <source>EXIF {tag} {value!r} is impossible; ignored</source>
        <translation>EXIF {tag} {value!r} est une date impossible ; ignorée</translation>
    </message>
    <message>
        <source>EXIF GPS position unreadable (needs degrees, minutes, seconds); ignored</source>
        <translation>position GPS EXIF illisible (il faut des degrés, minutes et secondes) ; ignorée</translation>
    </message>
    <message>
        <source>EXIF GPS position unreadable (zero denominator); ignored</source>
        <translation>position GPS EXIF illisible (dénominateur nul) ; ignorée</translation>
    </message>
    <message>
        <source>EXIF GPS position unreadable ({detail}); ignored</source>
        <translation>position GPS EXIF illisible ({detail}) ; ignorée</translation>
    </message>
    <message>
        <source>EXIF GPS position out of range; ignored</source>
        <translation>position GPS EXIF hors limites ; ignorée</translation>
    </message>
    <message>
        <source>EXIF has a loop of IFDs; ignored</source>
        <translation>les données EXIF contiennent une boucle d’IFD ; ignorées</translation>
    </message>
    <message>
        <source>EXIF declares an impossible size; ignored</source>
        <translation>les données EXIF déclarent une taille impossible ; ignorées</translation>
    </message>
    <message>
        <source>EXIF declares more entries than a photograph has (possibly crafted); ignored</source>
        <translation>les données EXIF déclarent plus d’entrées qu’une photographie n’en a (fichier peut-être forgé) ; ignorées</translation>
    </message>
    <message>
        <source>EXIF unreadable ({error}); ignored</source>
        <translation>EXIF illisible ({error}) ; ignoré</translation>
    </message>
    <message>
        <source>EXIF orientation {value} is not valid (1–8); shown as stored</source>
        <translation>orientation EXIF {value} non valide (1–8) ; image affichée telle qu’enregistrée</translation>
    </message>
    <message>
        <source>XMP larger than {megabytes} MB; ignored</source>
        <translation>XMP de plus de {megabytes} Mo ; ignoré</translation>
    </message>
    <message>
        <source>XMP refused: it declares XML entities or a DTD (possible XML bomb)</source>
        <translation>XMP refusé : il déclare des entités XML ou une DTD (possible bombe XML)</translation>
    </message>
    <message>
        <source>XMP is not well-formed XML ({detail}); ignored</source>
        <translation>XMP n’est pas du XML bien formé ({detail}) ; ignoré</translation>
    </message>
    <message>
        <source>XMP declares an unknown text encoding ({detail}); ignored</source>
        <translation>XMP déclare un codage de texte inconnu ({detail}) ; ignoré</translation>
    </message>
    <message>
        <source>sidecar {sidecar!r} not read: {cause}</source>
        <translation>fichier annexe XMP {sidecar!r} non lu : {cause}</translation>
    </message>
    <message>
        <source>tag {tag}: data larger than the file; skipped</source>
        <translation>balise {tag} : données plus grandes que le fichier ; ignorée</translation>
    </message>
    <message>
        <source>tag offset too large</source>
        <translation>décalage de balise trop grand</translation>
    </message>
    <message>
        <source>possibly corrupt EXIF data: expected {expected} bytes, got {got}; tag {tag} skipped</source>
        <translation>données EXIF peut-être corrompues : {expected} octets attendus, {got} lus ; balise {tag} ignorée</translation>
    </message>
    <message>
        <source>possibly corrupt EXIF MakerNote data: expected {expected} bytes, got {got}; tag {tag} skipped</source>
        <translation>données EXIF MakerNote peut-être corrompues : {expected} octets attendus, {got} lus ; balise {tag} ignorée</translation>
    </message>
    <message>
        <source>tag {tag} has too many entries: {count}, expected {expected}</source>
        <translation>la balise {tag} a trop de valeurs ({count} au lieu de {expected})</translation>
    </message>
    <message>
        <source>malformed MPO file; read as a plain JPEG</source>
        <translation>fichier MPO mal formé ; lu comme un simple JPEG</translation>
    </message>
    <message>
        <source>invalid APNG; the default PNG image is used if possible</source>
        <translation>APNG non valide ; l’image PNG par défaut est utilisée si possible</translation>
    </message>
    <message>
        <source>truncated file read</source>
        <translation>lecture interrompue : fichier tronqué</translation>
    </message>
    <message>
        <source>{message}</source>
        <translation>avertissement de Pillow : {message}</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un périphérique caractère</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un périphérique bloc</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>opération non autorisée</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>erreur d’entrée-sortie</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>trop de niveaux de liens symboliques</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>ce n’est pas un dossier</translation>
    </message>
    <message>
        <source>stale file handle</source>
        <translation>descripteur de fichier périmé</translation>
    </message>
    <message>
        <source>file name too long</source>
        <translation>nom de fichier trop long</translation>
    </message>
    <message>
        <source>no such device or address</source>
        <translation>périphérique ou adresse introuvable</translation>
    </message>
    <message>
        <source>transport endpoint is not connected</source>
        <translation>point de terminaison non connecté</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Enter ↵</source>
        <translation>Entrée ↵</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page préc.</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page suiv.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Maj</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Méta</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>English</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Show in English</source>
        <translation>Afficher en français</translation>
    </message>
    <message>
        <source>Timeline of the photographs</source>
        <translation>Frise chronologique des photographies</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Theme: {name}</source>
        <translation>Thème : {name}</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the timeline</source>
        <translation>Retour à la frise</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message>
        <source>Touch to continue</source>
        <translation>Touchez l’écran pour continuer</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>Touch the screen to explore the archive</source>
        <translation>Touchez l’écran pour explorer les archives</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Code du personnel</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Wrong code</source>
        <translation>Code erroné</translation>
    </message>
    <message>
        <source>Too many tries: try again in {n} s</source>
        <translation>Trop d’essais : réessayez dans {n} s</translation>
    </message>
    <message>
        <source>No code set: photobook kiosk --set-pin</source>
        <translation>Aucun code défini : photobook kiosk --set-pin</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>The archive is temporarily unavailable.
Trying again in a moment…</source>
        <translation>Les archives sont momentanément indisponibles.
Nouvel essai dans un instant…</translation>
    </message>
    <message>
        <source>This catalogue must first be opened by photobook on the archivist&apos;s computer.
Trying again in a moment…</source>
        <translation>Ce catalogue doit d&apos;abord être ouvert par photobook sur le poste de l&apos;archiviste.
Nouvel essai dans un instant…</translation>
    </message>
    <message>
        <source>No photographs</source>
        <translation>Aucune photographie</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Photographie</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The catalog is damaged (%1): restore the last backup.</source>
        <translation>Le catalogue est endommagé (%1) : restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>Indexing is already running.</source>
        <translation>Une indexation est déjà en cours.</translation>
    </message>
    <message>
        <source>Add a folder of photographs</source>
        <translation>Ajouter un dossier de photographies</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.json)</source>
        <translation>Tableurs (*.csv *.xlsx *.json)</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n photograph(s) changed</source>
        <translation>
            <numerusform>Importé : %n photographie modifiée</numerusform>
            <numerusform>Importé : %n photographies modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the demo archive</source>
        <translation>Ouverture de l’archive de démonstration</translation>
    </message>
    <message>
        <source>Adding photographs</source>
        <translation>Ajout de photographies</translation>
    </message>
    <message numerus="yes">
        <source>Indexing cancelled: %n photograph(s) catalogued before stopping.</source>
        <translation>
            <numerusform>Indexation annulée : %n photographie cataloguée avant l’arrêt.</numerusform>
            <numerusform>Indexation annulée : %n photographies cataloguées avant l’arrêt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new photograph(s) catalogued.</source>
        <translation>
            <numerusform>%n nouvelle photographie cataloguée.</numerusform>
            <numerusform>%n nouvelles photographies cataloguées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: see Index problems.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être lu : voir Problèmes d’indexation.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être lus : voir Problèmes d’indexation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing failed</source>
        <translation>L’indexation a échoué</translation>
    </message>
    <message>
        <source>Waiting for another photobook writing this library…</source>
        <translation>En attente d’un autre photobook qui écrit dans cette bibliothèque…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Photobook — %1</source>
        <translation>Photobook — %1</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Photobook</source>
        <translation>À propos de Photobook</translation>
    </message>
    <message>
        <source>Photobook: the archive of a book on Morocco&apos;s economic transformation, browsed through time, with captions in French, Arabic and English.</source>
        <translation>Photobook : l’archive d’un livre sur la transformation économique du Maroc, parcourue dans le temps, avec des légendes en français, en arabe et en anglais.</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Keep this record</source>
        <translation>Conserver cette fiche</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Overview of the slides</source>
        <translation>Vue d’ensemble des vues</translation>
    </message>
    <message>
        <source>Slides — arrows, then Enter; Escape closes</source>
        <translation>Vues — flèches, puis Entrée ; Échap pour fermer</translation>
    </message>
    <message>
        <source>hidden</source>
        <comment>a slide kept for questions, skipped when stepping</comment>
        <translation>masquée</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Nearby: %1 (%2 km) — use it</source>
        <translation>Près d’ici : %1 (%2 km) — l’utiliser</translation>
    </message>
</context>
<context>
    <name>PlacesEditor</name>
    <message>
        <source>Add place %1</source>
        <translation>Ajouter le lieu %1</translation>
    </message>
    <message>
        <source>Edit place %1</source>
        <translation>Modifier le lieu %1</translation>
    </message>
    <message>
        <source>Merge place %1 into %2</source>
        <translation>Fusionner le lieu %1 dans %2</translation>
    </message>
    <message>
        <source>Delete place %1</source>
        <translation>Supprimer le lieu %1</translation>
    </message>
</context>
<context>
    <name>PlacesManager</name>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
    <message>
        <source>Latitude, longitude</source>
        <translation>Latitude, longitude</translation>
    </message>
    <message>
        <source>Name · FR</source>
        <translation>Nom · FR</translation>
    </message>
    <message>
        <source>Name · AR</source>
        <translation>Nom · AR</translation>
    </message>
    <message>
        <source>Name · EN</source>
        <translation>Nom · EN</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Search places, in any language (Ctrl+F)</source>
        <translation>Chercher un lieu, dans n’importe quelle langue (Ctrl+F)</translation>
    </message>
    <message>
        <source>−90 to 90, e.g. 33.5731</source>
        <translation>de −90 à 90, p. ex. 33,5731</translation>
    </message>
    <message>
        <source>−180 to 180, e.g. -7.5898</source>
        <translation>de −180 à 180, p. ex. -7,5898</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>Clear coordinates</source>
        <translation>Effacer les coordonnées</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Select a place, or make a new one.</source>
        <translation>Choisissez un lieu, ou créez-en un.</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) are placed here: merge it into another place to delete it.</source>
        <translation>
            <numerusform>%n photographie est située ici : fusionnez ce lieu dans un autre pour le supprimer.</numerusform>
            <numerusform>%n photographies sont situées ici : fusionnez ce lieu dans un autre pour le supprimer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No photograph is placed here.</source>
        <translation>Aucune photographie n’est située ici.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>— none (top level) —</source>
        <translation>— aucune (premier niveau) —</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>Donnez la latitude et la longitude, ou aucune des deux.</translation>
    </message>
    <message>
        <source>The latitude is a number of degrees from −90 to 90 (south is negative).</source>
        <translation>La latitude est un nombre de degrés de −90 à 90 (négatif au sud).</translation>
    </message>
    <message>
        <source>The longitude is a number of degrees from −180 to 180 (west is negative).</source>
        <translation>La longitude est un nombre de degrés de −180 à 180 (négatif à l’ouest).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>New place: its French name is required.</source>
        <translation>Nouveau lieu : son nom français est obligatoire.</translation>
    </message>
    <message>
        <source>A place needs its French name.</source>
        <translation>Un lieu doit avoir son nom français.</translation>
    </message>
    <message>
        <source>“%1” is already the Arabic name of the place “%2”.</source>
        <translation>« %1 » est déjà le nom arabe du lieu « %2 ».</translation>
    </message>
    <message>
        <source>“%1” is already the English name of the place “%2”.</source>
        <translation>« %1 » est déjà le nom anglais du lieu « %2 ».</translation>
    </message>
    <message>
        <source>There is already a place “%1”.</source>
        <translation>Il y a déjà un lieu « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) are placed at “%1”: merge it into another place instead.</source>
        <translation>
            <numerusform>%n photographie est située à « %1 » : fusionnez ce lieu dans un autre plutôt.</numerusform>
            <numerusform>%n photographies sont situées à « %1 » : fusionnez ce lieu dans un autre plutôt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Index problems</source>
        <translation>Problèmes d’indexation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>No problems: every file found was catalogued.</source>
        <translation>Aucun problème : tous les fichiers trouvés ont été catalogués.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be catalogued</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être catalogué</numerusform>
            <numerusform>%n fichiers n’ont pas pu être catalogués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vu le</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>There is already a place “%1”.</source>
        <translation>Il y a déjà un lieu « %1 ».</translation>
    </message>
    <message>
        <source>There is no place “%1” any more: it was renamed or deleted in another window.</source>
        <translation>Il n’y a plus de lieu « %1 » : il a été renommé ou supprimé dans une autre fenêtre.</translation>
    </message>
    <message>
        <source>A place needs its French name.</source>
        <translation>Un lieu doit avoir son nom français.</translation>
    </message>
    <message numerus="yes">
        <source>A name is at most %n character(s) long.</source>
        <translation>
            <numerusform>Un nom a au plus %n caractère.</numerusform>
            <numerusform>Un nom a au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A name cannot hold a NUL character or a broken character.</source>
        <translation>Un nom ne peut contenir ni caractère NUL ni caractère invalide.</translation>
    </message>
    <message>
        <source>“%1” is already the Arabic name of the place “%2”.</source>
        <translation>« %1 » est déjà le nom arabe du lieu « %2 ».</translation>
    </message>
    <message>
        <source>“%1” is already the English name of the place “%2”.</source>
        <translation>« %1 » est déjà le nom anglais du lieu « %2 ».</translation>
    </message>
    <message>
        <source>“%1” is not a language of the catalog (French, Arabic, English).</source>
        <translation>« %1 » n’est pas une langue du catalogue (français, arabe, anglais).</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>Donnez la latitude et la longitude, ou aucune des deux.</translation>
    </message>
    <message>
        <source>The latitude is a number of degrees from −90 to 90 (south is negative), not %1.</source>
        <translation>La latitude est un nombre de degrés de −90 à 90 (le sud est négatif), pas %1.</translation>
    </message>
    <message>
        <source>The longitude is a number of degrees from −180 to 180 (west is negative), not %1.</source>
        <translation>La longitude est un nombre de degrés de −180 à 180 (l’ouest est négatif), pas %1.</translation>
    </message>
    <message>
        <source>“%1” is inside “%2” now: a place cannot be put inside itself.</source>
        <translation>« %1 » est maintenant dans « %2 » : un lieu ne peut pas être mis dans lui-même.</translation>
    </message>
    <message>
        <source>A place cannot be merged into itself.</source>
        <translation>Un lieu ne peut pas être fusionné dans lui-même.</translation>
    </message>
    <message>
        <source>“%1” is inside “%2” now: merge it into a place outside it.</source>
        <translation>« %1 » est maintenant dans « %2 » : fusionnez-le dans un lieu hors de lui.</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) are placed at “%1” now: merge it into another place instead.</source>
        <translation>
            <numerusform>%n photographie est maintenant située à « %1 » : fusionnez ce lieu dans un autre plutôt.</numerusform>
            <numerusform>%n photographies sont maintenant situées à « %1 » : fusionnez ce lieu dans un autre plutôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Places are inside “%1” now: its adding cannot be undone.</source>
        <translation>Des lieux sont maintenant dans « %1 » : son ajout ne peut plus être annulé.</translation>
    </message>
    <message numerus="yes">
        <source>The merge of “%1” cannot be undone: %n of its photograph(s) were changed in another window since.</source>
        <translation>
            <numerusform>La fusion de « %1 » ne peut pas être annulée : %n de ses photographies a été modifiée depuis dans une autre fenêtre.</numerusform>
            <numerusform>La fusion de « %1 » ne peut pas être annulée : %n de ses photographies ont été modifiées depuis dans une autre fenêtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a theme “%1”.</source>
        <translation>Il y a déjà un thème « %1 ».</translation>
    </message>
    <message>
        <source>There is no theme “%1” any more: it was deleted in another window.</source>
        <translation>Il n’y a plus de thème « %1 » : il a été supprimé dans une autre fenêtre.</translation>
    </message>
    <message>
        <source>A theme’s identifier is lower-case letters, digits and hyphens (at most 64), not “%1”.</source>
        <translation>L’identifiant d’un thème s’écrit en minuscules, chiffres et traits d’union (64 au plus), pas « %1 ».</translation>
    </message>
    <message>
        <source>A colour is written #rrggbb, not “%1”.</source>
        <translation>Une couleur s’écrit #rrvvbb, pas « %1 ».</translation>
    </message>
    <message>
        <source>A new theme needs a label in at least one language.</source>
        <translation>Un nouveau thème a besoin d’un libellé dans une langue au moins.</translation>
    </message>
    <message>
        <source>“%1” is under “%2” now: a theme cannot move under itself.</source>
        <translation>« %1 » est maintenant sous « %2 » : un thème ne peut pas passer sous lui-même.</translation>
    </message>
    <message>
        <source>A theme cannot be merged into itself.</source>
        <translation>Un thème ne peut pas être fusionné dans lui-même.</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) are tagged “%1” now: merge it into another theme instead.</source>
        <translation>
            <numerusform>%n photographie porte maintenant le thème « %1 » : fusionnez-le dans un autre thème plutôt.</numerusform>
            <numerusform>%n photographies portent maintenant le thème « %1 » : fusionnez-le dans un autre thème plutôt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The merge of the theme “%1” cannot be undone: %n of its photograph(s) were changed in another window since.</source>
        <translation>
            <numerusform>La fusion du thème « %1 » ne peut pas être annulée : %n de ses photographies a été modifiée depuis dans une autre fenêtre.</numerusform>
            <numerusform>La fusion du thème « %1 » ne peut pas être annulée : %n de ses photographies ont été modifiées depuis dans une autre fenêtre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlideStrip</name>
    <message>
        <source>Slides of the talk</source>
        <translation>Vues de l’exposé</translation>
    </message>
</context>
<context>
    <name>ThemeTreeModel</name>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message numerus="yes">
        <source>An estimate: the photographs found were counted one in %n.</source>
        <translation>
            <numerusform>Une estimation : une photographie trouvée sur %n a été comptée.</numerusform>
            <numerusform>Une estimation : une photographie trouvée sur %n a été comptée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
</context>
<context>
    <name>ThemesManager</name>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Label · FR</source>
        <translation>Libellé · FR</translation>
    </message>
    <message>
        <source>Label · AR</source>
        <translation>Libellé · AR</translation>
    </message>
    <message>
        <source>Label · EN</source>
        <translation>Libellé · EN</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>lower-case-and-hyphens</source>
        <translation>minuscules-et-tirets</translation>
    </message>
    <message>
        <source>Select a theme, or make a new one.</source>
        <translation>Choisissez un thème, ou créez-en un.</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) have this theme: merge it into another to delete it.</source>
        <translation>
            <numerusform>%n photographie a ce thème : fusionnez-le dans un autre pour le supprimer.</numerusform>
            <numerusform>%n photographies ont ce thème : fusionnez-le dans un autre pour le supprimer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No photograph has this theme.</source>
        <translation>Aucune photographie n’a ce thème.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Premier niveau</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>New theme under “%1”</source>
        <translation>Nouveau thème sous « %1 »</translation>
    </message>
    <message>
        <source>New theme at the top level</source>
        <translation>Nouveau thème au premier niveau</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>No photographs</source>
        <translation>Aucune photographie</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photograph(s)</source>
        <translation>
            <numerusform>%Ln photographie</numerusform>
            <numerusform>%Ln photographies</numerusform>
        </translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Non daté</translation>
    </message>
    <message>
        <source>since %1</source>
        <comment>a day: depuis le 23 juillet 1999</comment>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <comment>a year: depuis 1999</comment>
        <translation>depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more loosely dated</source>
        <translation>
            <numerusform>+ %Ln à la date plus large</numerusform>
            <numerusform>+ %Ln aux dates plus larges</numerusform>
        </translation>
    </message>
    <message>
        <source>No photograph matches these filters.</source>
        <translation>Aucune photographie ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photograph(s) without a date: shown below the timeline.</source>
        <translation>
            <numerusform>%Ln photographie sans date : elle est sous la frise.</numerusform>
            <numerusform>%Ln photographies sans date : elles sont sous la frise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TourController</name>
    <message>
        <source>New tour “%1”</source>
        <translation>Nouvelle visite « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Add %n photograph(s) to the tour</source>
        <translation>
            <numerusform>Ajouter %n photographie à la visite</numerusform>
            <numerusform>Ajouter %n photographies à la visite</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder the slides</source>
        <translation>Réordonner les vues</translation>
    </message>
    <message>
        <source>Notes of slide %1</source>
        <translation>Notes de la vue %1</translation>
    </message>
    <message>
        <source>Hide slide %1</source>
        <translation>Masquer la vue %1</translation>
    </message>
    <message>
        <source>Show slide %1</source>
        <translation>Afficher la vue %1</translation>
    </message>
    <message>
        <source>Remove slide %1</source>
        <translation>Retirer la vue %1</translation>
    </message>
</context>
<context>
    <name>ToursDock</name>
    <message>
        <source>hidden</source>
        <translation>masquée</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Vue %1 sur %2</translation>
    </message>
    <message>
        <source>New tour</source>
        <translation>Nouvelle visite</translation>
    </message>
    <message numerus="yes">
        <source>Title of the tour (%n photograph(s)):</source>
        <translation>
            <numerusform>Titre de la visite (%n photographie) :</numerusform>
            <numerusform>Titre de la visite (%n photographies) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Tours</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>New from selection…</source>
        <translation>Nouvelle depuis la sélection…</translation>
    </message>
    <message>
        <source>Add selection</source>
        <translation>Ajouter la sélection</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Hidden (kept for questions)</source>
        <translation>Masquée (gardée pour les questions)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>The presenter&apos;s notes for this slide</source>
        <translation>Les notes de l’orateur pour cette vue</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Slides of the tour</source>
        <translation>Vues de la visite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>UpgradeWindow</name>
    <message>
        <source>Photobook — updating the catalog</source>
        <translation>Photobook — mise à jour du catalogue</translation>
    </message>
    <message>
        <source>Updating the catalog for this version of photobook…</source>
        <translation>Mise à jour du catalogue pour cette version de photobook…</translation>
    </message>
    <message>
        <source>This can take a minute for a large archive; your photographs and captions are not changed.</source>
        <translation>Cela peut prendre une minute pour une grande archive ; vos photographies et vos légendes ne sont pas modifiées.</translation>
    </message>
    <message>
        <source>Catalog revision %1 → %2</source>
        <translation>Révision du catalogue : %1 → %2</translation>
    </message>
</context>
<context>
    <name>VocabularyEditor</name>
    <message>
        <source>Add theme %1</source>
        <translation>Ajout du thème %1</translation>
    </message>
    <message>
        <source>Rename theme %1</source>
        <translation>Renommage du thème %1</translation>
    </message>
    <message>
        <source>Move theme %1</source>
        <translation>Déplacement du thème %1</translation>
    </message>
    <message>
        <source>Merge theme %1 into %2</source>
        <translation>Fusion du thème %1 dans %2</translation>
    </message>
    <message>
        <source>Delete theme %1</source>
        <translation>Suppression du thème %1</translation>
    </message>
</context>
<context>
    <name>self.console</name>
    <message>
        <source>Photobook — presenter</source>
        <translation>Photobook — présentateur</translation>
    </message>
</context>
</TS>

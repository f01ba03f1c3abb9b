"""What ``criteria check`` finds wrong in a criteria file, for the set's author."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    "dimension_undefined": {
        "lv": "joma '{id}' nav definēta; definētas: {defined}",
        "en": "dimension '{id}' is not defined; defined: {defined}",
    },
    "dimension_empty": {
        "lv": "jomā '{id}' nav neviena kritērija",
        "en": "dimension '{id}' has no criteria",
    },
    "text_missing": {
        "lv": "trūkst teksta valodā: {langs} (norādiet gan lv, gan en)",
        "en": "text missing in {langs} (give both lv and en)",
    },
    "id_again.source": {
        "lv": "avota id '{id}' atkārtojas (pirmoreiz {line}. rindā)",
        "en": "source id '{id}' is used again (first at line {line})",
    },
    "id_again.dimension": {
        "lv": "jomas id '{id}' atkārtojas (pirmoreiz {line}. rindā)",
        "en": "dimension id '{id}' is used again (first at line {line})",
    },
    "id_again.tier": {
        "lv": "līmeņa id '{id}' atkārtojas (pirmoreiz {line}. rindā)",
        "en": "tier id '{id}' is used again (first at line {line})",
    },
    "id_again.criterion": {
        "lv": "kritērija id '{id}' atkārtojas (pirmoreiz {line}. rindā)",
        "en": "criterion id '{id}' is used again (first at line {line})",
    },
    "id_again.question": {
        "lv": "jautājuma id '{id}' atkārtojas (pirmoreiz {line}. rindā)",
        "en": "question id '{id}' is used again (first at line {line})",
    },
    "source_undefined": {
        "lv": "avots '{id}' nav definēts; definēti: {defined}",
        "en": "source '{id}' is not defined; defined: {defined}",
    },
    "weight": {
        "lv": "svaram jābūt skaitlim, lielākam par 0, saņemts {got}",
        "en": "weight must be a number above 0, got {got}",
    },
    "level_again": {
        "lv": "līmenis {level} atkārtojas",
        "en": "rubric level {level} is used again",
    },
    "level_description": {
        "lv": "līmenim {level} nav apraksta",
        "en": "rubric level {level} has no description",
    },
    "option_again": {
        "lv": "izvēle '{option}' atkārtojas",
        "en": "option '{option}' is used again",
    },
    "band": {
        "lv": "joslas min {low} nav mazāks par max {high}",
        "en": "band min {low} is not below max {high}",
    },
    "band_order": {
        "lv": "joslām jābūt secībā un tās nedrīkst pārklāties (katrs min nav mazāks par "
        "iepriekšējās joslas max)",
        "en": "bands must be in order and must not overlap (each min at or above the max "
        "before it)",
    },
    "min_percent": {
        "lv": "min_percent jābūt no 0 līdz 100, saņemts {got}",
        "en": "min_percent must be 0 to 100, got {got}",
    },
    "tier_order": {
        "lv": "līmeņi jāuzskaita no augstākā: '{tier}' prasa {percent} %, bet '{above}' virs "
        "tā tikai {above_percent} %",
        "en": "tiers must be listed highest first: '{tier}' needs {percent}% but '{above}' "
        "above it only {above_percent}%",
    },
    "last_tier": {
        "lv": "pēdējam līmenim ('{tier}') nedrīkst būt prasību, lai katrs ciems iegūtu līmeni",
        "en": "the last tier ('{tier}') must have no requirements, so that every village gets "
        "a tier",
    },
    "remove_map": {
        "lv": "'remove' jānorāda veidi ({kinds}) ar id sarakstiem",
        "en": "'remove' must map kinds ({kinds}) to lists of ids",
    },
    "remove_list": {"lv": "gaidīts id saraksts", "en": "expected a list of ids"},
    "remove_missing.criterion": {
        "lv": "nevar izņemt '{id}': pamata kopā šāda kritērija nav",
        "en": "cannot remove '{id}': the parent set has no such criterion",
    },
    "remove_missing.question": {
        "lv": "nevar izņemt '{id}': pamata kopā šāda jautājuma nav",
        "en": "cannot remove '{id}': the parent set has no such question",
    },
    "remove_missing.dimension": {
        "lv": "nevar izņemt '{id}': pamata kopā šādas jomas nav",
        "en": "cannot remove '{id}': the parent set has no such dimension",
    },
    "remove_missing.tier": {
        "lv": "nevar izņemt '{id}': pamata kopā šāda līmeņa nav",
        "en": "cannot remove '{id}': the parent set has no such tier",
    },
    "remove_missing.source": {
        "lv": "nevar izņemt '{id}': pamata kopā šāda avota nav",
        "en": "cannot remove '{id}': the parent set has no such source",
    },
    "extends_circle": {
        "lv": "'extends' veido apli: {names}",
        "en": "'extends' goes round in a circle: {names}",
    },
    "extends_problem": {
        "lv": "extends {ref}: {problem}",
        "en": "extends {ref}: {problem}",
    },
    # the criteria model's own checks
    "model.levels_unique": {
        "lv": "jautājumā '{id}' līmeņu vērtībām jābūt atšķirīgām, saņemts {got}",
        "en": "rubric '{id}': level values must be unique, got {got}",
    },
    "model.min_above_max": {
        "lv": "jautājumā '{id}' min {min} ir lielāks par max {max}",
        "en": "number '{id}': min {min} is above max {max}",
    },
    "model.band_empty": {
        "lv": "jautājumā '{id}' josla {band} ir tukša",
        "en": "number '{id}': band {band} is empty",
    },
    "model.band_order": {
        "lv": "jautājumā '{id}' joslām jābūt secībā un tās nedrīkst pārklāties ({previous}, "
        "tad {band})",
        "en": "number '{id}': bands must be in order and must not overlap ({previous} then {band})",
    },
    "model.no_dimension": {
        "lv": "kritērijs '{id}' norāda jomu '{dimension}', kas nav definēta",
        "en": "criterion '{id}' names dimension '{dimension}', which is not defined",
    },
    "model.no_source": {
        "lv": "kritērijs '{id}' atsaucas uz avotu '{source}', kas nav definēts",
        "en": "criterion '{id}' cites source '{source}', which is not defined",
    },
    "model.empty_dimensions": {
        "lv": "jomas bez kritērijiem: {ids}",
        "en": "dimensions with no criteria: {ids}",
    },
    "model.id_twice.option": {
        "lv": "'{owner}': izvēles id '{id}' atkārtojas",
        "en": "'{owner}': option id '{id}' is used more than once",
    },
    "model.id_twice.property": {
        "lv": "'{owner}': īpašības id '{id}' atkārtojas",
        "en": "'{owner}': property id '{id}' is used more than once",
    },
    "model.id_twice.source": {
        "lv": "'{owner}': avota id '{id}' atkārtojas",
        "en": "'{owner}': source id '{id}' is used more than once",
    },
    "model.id_twice.dimension": {
        "lv": "'{owner}': jomas id '{id}' atkārtojas",
        "en": "'{owner}': dimension id '{id}' is used more than once",
    },
    "model.id_twice.criterion": {
        "lv": "'{owner}': kritērija id '{id}' atkārtojas",
        "en": "'{owner}': criterion id '{id}' is used more than once",
    },
}

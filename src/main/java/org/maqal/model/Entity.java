package org.maqal.model;

import java.util.List;

/**
 * A person, organisation or place and every place the article mentions it, under any of its names
 * (full name, short name, title, alias).
 *
 * @param name     the fullest name the article uses
 * @param type     person, organisation or place
 * @param role     what the article says the entity is ("الأمين العام لحلف شمال الأطلسي"), or empty
 * @param mentions every mention, in reading order
 */
public record Entity(String name, EntityType type, String role, List<Span> mentions) {
    public Entity {
        role = role == null ? "" : role;
        mentions = List.copyOf(mentions);
    }
}

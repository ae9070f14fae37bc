-- Helpers for the steps that follow. Everything here is temporary: it lives in this run's
-- transaction (or connection) only, so the application's schema stays as its migrations made it.

-- The i-th (0 to 3) pseudo-random fraction in [0, 1) taken from an md5 digest. Each generated row
-- hashes the seed with its own number, so the same seed always gives the same data, in any order
-- and on any PostgreSQL.
create or replace function pg_temp.fraction(digest text, i integer) returns double precision
  language sql immutable parallel safe
  return ('x' || substr(digest, 1 + 8 * i, 8))::bit(32)::bigint / 4294967296.0e0;

-- Plausible resident populations in thousands, by council id (rounded, roughly as the mid-2020s
-- estimates; fictional weights, not statistics to quote).
create temp table generated_council_population (
  local_authority_id integer primary key,
  thousands integer not null
) on commit drop;

insert into generated_council_population (local_authority_id, thousands) values
  (1, 525), (2, 108), (3, 196), (4, 93), (5, 144), (6, 300), (7, 209), (8, 320), (9, 137), (10, 148),
  (11, 197), (12, 275), (13, 155), (14, 141), (15, 296), (16, 193), (17, 398), (18, 357), (19, 275), (20, 128),
  (21, 155), (22, 1235), (23, 486), (24, 552), (25, 242), (26, 223), (27, 270), (28, 279), (29, 183), (30, 294),
  (31, 231), (32, 235), (33, 211), (34, 225), (35, 330), (36, 320), (37, 245), (38, 546), (39, 206), (40, 308),
  (41, 342), (42, 267), (43, 433), (44, 812), (45, 157), (46, 169), (47, 615), (48, 265), (49, 556), (50, 353),
  (51, 202), (52, 261), (53, 795), (54, 368), (55, 712), (56, 768), (57, 359), (58, 323), (59, 824), (60, 41),
  (61, 425), (62, 1145), (63, 345), (64, 323), (65, 187), (66, 341), (67, 323), (68, 216), (69, 876), (70, 258),
  (71, 185), (72, 284), (73, 596), (74, 263), (75, 603), (76, 185), (77, 678), (78, 294), (79, 1503), (80, 1198),
  (81, 225), (82, 916), (83, 215), (84, 180), (85, 760), (86, 176), (87, 218), (88, 389), (89, 246), (90, 339),
  (91, 330), (92, 210), (93, 9), (94, 390), (95, 367), (96, 330), (97, 289), (98, 259), (99, 183), (100, 264),
  (101, 261), (102, 262), (103, 305), (104, 288), (105, 216), (106, 143), (107, 168), (108, 317), (109, 300), (110, 215),
  (111, 351), (112, 310), (113, 195), (114, 307), (115, 209), (116, 310), (117, 278), (118, 328), (119, 204), (120, 124),
  (121, 277), (122, 553), (123, 545), (124, 1400), (125, 140), (126, 1576), (127, 279), (128, 287), (129, 725), (130, 208),
  (131, 174), (132, 158), (133, 249), (134, 1203), (135, 161), (136, 882), (137, 153), (138, 177), (139, 193), (140, 400),
  (141, 472), (142, 570), (143, 811), (144, 379), (145, 645), (146, 2), (147, 216), (148, 264), (149, 571), (150, 290),
  (151, 233), (152, 139), (153, 510);

-- How many care leavers a council has for its size differs by region: more in the North East and
-- North West, and in London (many unaccompanied young people seeking asylum). A council's weight is
-- its population times its region's factor. The weights are laid out over 100,000 slots, so a
-- uniform fraction picks a council with probability proportional to its weight.
create temp table generated_council_slot (
  slot integer primary key,
  local_authority_id integer not null
) on commit drop;

insert into generated_council_slot (slot, local_authority_id)
with weighted as (
  select la.id, p.thousands * case la.region_code
      when 'E12000001' then 1.5   -- North East
      when 'E12000002' then 1.3   -- North West
      when 'E12000003' then 1.1   -- Yorkshire and The Humber
      when 'E12000004' then 0.9   -- East Midlands
      when 'E12000005' then 1.1   -- West Midlands
      when 'E12000006' then 0.8   -- East of England
      when 'E12000007' then 1.25  -- London
      when 'E12000008' then 0.85  -- South East
      else 0.85                   -- South West
    end as weight
  from local_authority la
  join generated_council_population p on p.local_authority_id = la.id
), cumulative as (
  select id, sum(weight) over (order by id) - weight as low, sum(weight) over (order by id) as high,
    sum(weight) over () as total
  from weighted
)
select generate_series(round(low * 100000 / total)::integer, round(high * 100000 / total)::integer - 1), id
from cumulative;

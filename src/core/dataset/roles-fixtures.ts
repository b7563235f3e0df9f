/** 30-line slices of the real sample files in /work/shared/data (named per slice), for the role guesser's tests. */

/** From m5_subset_daily.csv. */
export const m5 = `
date,store,item,sales,price,snap,event_name,event_type
2011-02-05,STORE_1,STORE_1_064,0,2.54,1,,
2011-02-06,STORE_1,STORE_1_064,1,2.54,1,SuperBowl,Sporting
2011-02-05,STORE_1,STORE_1_065,0,2.94,1,,
2011-02-06,STORE_1,STORE_1_065,0,2.94,1,SuperBowl,Sporting
2011-02-05,STORE_1,STORE_1_090,250,1.25,1,,
2011-02-06,STORE_1,STORE_1_090,228,1.25,1,SuperBowl,Sporting
2011-02-05,STORE_1,STORE_1_252,30,1.48,1,,
2011-02-06,STORE_1,STORE_1_252,26,1.48,1,SuperBowl,Sporting
2011-02-05,STORE_1,STORE_1_325,0,,1,,
2011-02-06,STORE_1,STORE_1_325,0,,1,SuperBowl,Sporting
2011-02-05,STORE_1,STORE_1_339,7,0.88,1,,
2011-02-06,STORE_1,STORE_1_339,4,0.88,1,SuperBowl,Sporting
2011-02-05,STORE_1,STORE_1_376,3,1.98,1,,
2011-02-06,STORE_1,STORE_1_376,0,1.98,1,SuperBowl,Sporting
2011-02-05,STORE_1,STORE_1_546,7,5.48,1,,
2011-02-06,STORE_1,STORE_1_546,5,5.48,1,SuperBowl,Sporting
2011-02-05,STORE_1,STORE_1_547,37,0.2,1,,
2011-02-06,STORE_1,STORE_1_547,38,0.2,1,SuperBowl,Sporting
2011-02-05,STORE_1,STORE_1_555,52,1.48,1,,
2011-02-06,STORE_1,STORE_1_555,61,1.48,1,SuperBowl,Sporting
2011-02-05,STORE_1,STORE_1_584,7,1.0,1,,
2011-02-06,STORE_1,STORE_1_584,5,1.0,1,SuperBowl,Sporting
2011-02-05,STORE_1,STORE_1_586,80,1.48,1,,
2011-02-06,STORE_1,STORE_1_586,66,1.48,1,SuperBowl,Sporting
2011-02-05,STORE_1,STORE_1_587,121,2.48,1,,
2011-02-06,STORE_1,STORE_1_587,91,2.48,1,SuperBowl,Sporting
2011-02-05,STORE_1,STORE_1_714,52,1.48,1,,
2011-02-06,STORE_1,STORE_1_714,33,1.48,1,SuperBowl,Sporting
2011-02-05,STORE_1,STORE_1_727,3,3.98,1,,
2011-02-06,STORE_1,STORE_1_727,5,3.98,1,SuperBowl,Sporting
`;

/** From bakery_daily_items.csv. */
export const bakery = `
date,item,sales,open
2016-12-24,Afternoon with the baker,0,1
2016-12-25,Afternoon with the baker,0,0
2016-12-26,Afternoon with the baker,0,0
2016-12-24,Alfajores,0,1
2016-12-25,Alfajores,0,0
2016-12-26,Alfajores,0,0
2016-12-24,Art Tray,1,1
2016-12-25,Art Tray,0,0
2016-12-26,Art Tray,0,0
2016-12-24,Baguette,0,1
2016-12-25,Baguette,0,0
2016-12-26,Baguette,0,0
2016-12-24,Bakewell,0,1
2016-12-25,Bakewell,0,0
2016-12-26,Bakewell,0,0
2016-12-24,Bread,27,1
2016-12-25,Bread,0,0
2016-12-26,Bread,0,0
2016-12-24,Brownie,0,1
2016-12-25,Brownie,0,0
2016-12-26,Brownie,0,0
2016-12-24,Cake,8,1
2016-12-25,Cake,0,0
2016-12-26,Cake,0,0
2016-12-24,Chicken Stew,0,1
2016-12-25,Chicken Stew,0,0
2016-12-26,Chicken Stew,0,0
2016-12-24,Coffee,38,1
2016-12-25,Coffee,0,0
2016-12-26,Coffee,0,0
`;

/** From walmart_store_weekly.csv. */
export const walmartStores = `
date,store,sales,holiday,temperature_f,fuel_price,cpi,unemployment
2010-02-05,1,1643690.9,0,42.31,2.572,211.0964,8.106
2010-02-12,1,1641957.44,1,38.51,2.548,211.2422,8.106
2010-02-19,1,1611968.17,0,39.93,2.514,211.2891,8.106
2010-02-26,1,1409727.59,0,46.63,2.561,211.3196,8.106
2010-03-05,1,1554806.68,0,46.5,2.625,211.3501,8.106
2010-03-12,1,1439541.59,0,57.79,2.667,211.3806,8.106
2010-03-19,1,1472515.79,0,54.58,2.72,211.2156,8.106
2010-03-26,1,1404429.92,0,51.45,2.732,211.018,8.106
2010-04-02,1,1594968.28,0,62.27,2.719,210.8204,7.808
2010-04-09,1,1545418.53,0,65.86,2.77,210.6229,7.808
2010-02-05,2,2136989.46,0,40.19,2.572,210.7526,8.324
2010-02-12,2,2137809.5,1,38.49,2.548,210.898,8.324
2010-02-19,2,2124451.54,0,39.69,2.514,210.9452,8.324
2010-02-26,2,1865097.27,0,46.1,2.561,210.976,8.324
2010-03-05,2,1991013.13,0,47.17,2.625,211.0068,8.324
2010-03-12,2,1990483.78,0,57.56,2.667,211.0376,8.324
2010-03-19,2,1946070.88,0,54.52,2.72,210.8733,8.324
2010-03-26,2,1750197.81,0,51.26,2.732,210.6766,8.324
2010-04-02,2,2066187.72,0,63.27,2.719,210.4799,8.2
2010-04-09,2,1954689.21,0,65.41,2.77,210.2832,8.2
2010-02-05,3,461622.22,0,45.71,2.572,214.4249,7.368
2010-02-12,3,420728.96,1,47.93,2.548,214.5748,7.368
2010-02-19,3,421642.19,0,47.07,2.514,214.6199,7.368
2010-02-26,3,407204.86,0,52.05,2.561,214.6475,7.368
2010-03-05,3,415202.04,0,53.04,2.625,214.6751,7.368
2010-03-12,3,384200.69,0,63.08,2.667,214.7028,7.368
2010-03-19,3,375328.59,0,60.42,2.72,214.5301,7.368
2010-03-26,3,359949.27,0,57.06,2.732,214.3241,7.368
2010-04-02,3,423294.4,0,65.56,2.719,214.1181,7.343
2010-04-09,3,415870.28,0,68,2.77,213.9121,7.343
`;

/** From walmart_store1_dept_weekly.csv. */
export const walmartDepts = `
date,store,dept,sales,holiday,markdown1,markdown2,markdown3,markdown4,markdown5,temperature_f,fuel_price,cpi,unemployment
2010-02-05,1,1,24924.5,0,,,,,,42.31,2.572,211.0964,8.106
2010-02-12,1,1,46039.49,1,,,,,,38.51,2.548,211.2422,8.106
2010-02-19,1,1,41595.55,0,,,,,,39.93,2.514,211.2891,8.106
2010-02-26,1,1,19403.54,0,,,,,,46.63,2.561,211.3196,8.106
2010-03-05,1,1,21827.9,0,,,,,,46.5,2.625,211.3501,8.106
2010-03-12,1,1,21043.39,0,,,,,,57.79,2.667,211.3806,8.106
2010-03-19,1,1,22136.64,0,,,,,,54.58,2.72,211.2156,8.106
2010-03-26,1,1,26229.21,0,,,,,,51.45,2.732,211.018,8.106
2010-04-02,1,1,57258.43,0,,,,,,62.27,2.719,210.8204,7.808
2010-04-09,1,1,42960.91,0,,,,,,65.86,2.77,210.6229,7.808
2010-02-05,1,3,13740.12,0,,,,,,42.31,2.572,211.0964,8.106
2010-02-12,1,3,10887.84,1,,,,,,38.51,2.548,211.2422,8.106
2010-02-19,1,3,11523.47,0,,,,,,39.93,2.514,211.2891,8.106
2010-02-26,1,3,11135.17,0,,,,,,46.63,2.561,211.3196,8.106
2010-03-05,1,3,12275.58,0,,,,,,46.5,2.625,211.3501,8.106
2010-03-12,1,3,10123.45,0,,,,,,57.79,2.667,211.3806,8.106
2010-03-19,1,3,9001.37,0,,,,,,54.58,2.72,211.2156,8.106
2010-03-26,1,3,10366.85,0,,,,,,51.45,2.732,211.018,8.106
2010-04-02,1,3,11157.08,0,,,,,,62.27,2.719,210.8204,7.808
2010-04-09,1,3,10179.29,0,,,,,,65.86,2.77,210.6229,7.808
2010-02-05,1,8,40129.01,0,,,,,,42.31,2.572,211.0964,8.106
2010-02-12,1,8,37334.83,1,,,,,,38.51,2.548,211.2422,8.106
2010-02-19,1,8,38717.6,0,,,,,,39.93,2.514,211.2891,8.106
2010-02-26,1,8,35318.2,0,,,,,,46.63,2.561,211.3196,8.106
2010-03-05,1,8,38776.09,0,,,,,,46.5,2.625,211.3501,8.106
2010-03-12,1,8,34342.64,0,,,,,,57.79,2.667,211.3806,8.106
2010-03-19,1,8,34188.52,0,,,,,,54.58,2.72,211.2156,8.106
2010-03-26,1,8,33581.72,0,,,,,,51.45,2.732,211.018,8.106
2010-04-02,1,8,38151.58,0,,,,,,62.27,2.719,210.8204,7.808
2010-04-09,1,8,34145.96,0,,,,,,65.86,2.77,210.6229,7.808
`;

/** From aus_retail_monthly.csv. */
export const ausRetail = `
date,state,industry,series_id,sales
2010-01-01,New South Wales,Supermarket and grocery stores,A3349335T,2053.5
2010-02-01,New South Wales,Supermarket and grocery stores,A3349335T,1817.4
2010-03-01,New South Wales,Supermarket and grocery stores,A3349335T,2017.7
2010-04-01,New South Wales,Supermarket and grocery stores,A3349335T,1951.1
2010-05-01,New South Wales,Supermarket and grocery stores,A3349335T,1988.6
2010-06-01,New South Wales,Supermarket and grocery stores,A3349335T,1888.2
2010-07-01,New South Wales,Supermarket and grocery stores,A3349335T,2035.8
2010-08-01,New South Wales,Supermarket and grocery stores,A3349335T,2012.8
2010-09-01,New South Wales,Supermarket and grocery stores,A3349335T,1984.2
2010-10-01,New South Wales,Supermarket and grocery stores,A3349335T,2075.9
2010-01-01,New South Wales,Electrical and electronic goods retailing,A3349336V,491.9
2010-02-01,New South Wales,Electrical and electronic goods retailing,A3349336V,392.7
2010-03-01,New South Wales,Electrical and electronic goods retailing,A3349336V,428.7
2010-04-01,New South Wales,Electrical and electronic goods retailing,A3349336V,432.6
2010-05-01,New South Wales,Electrical and electronic goods retailing,A3349336V,465.4
2010-06-01,New South Wales,Electrical and electronic goods retailing,A3349336V,516.3
2010-07-01,New South Wales,Electrical and electronic goods retailing,A3349336V,476.5
2010-08-01,New South Wales,Electrical and electronic goods retailing,A3349336V,472.5
2010-09-01,New South Wales,Electrical and electronic goods retailing,A3349336V,437.8
2010-10-01,New South Wales,Electrical and electronic goods retailing,A3349336V,461.8
2010-01-01,Victoria,Supermarket and grocery stores,A3349565X,1670.6
2010-02-01,Victoria,Supermarket and grocery stores,A3349565X,1484.4
2010-03-01,Victoria,Supermarket and grocery stores,A3349565X,1617.9
2010-04-01,Victoria,Supermarket and grocery stores,A3349565X,1576
2010-05-01,Victoria,Supermarket and grocery stores,A3349565X,1588.7
2010-06-01,Victoria,Supermarket and grocery stores,A3349565X,1499.8
2010-07-01,Victoria,Supermarket and grocery stores,A3349565X,1604.2
2010-08-01,Victoria,Supermarket and grocery stores,A3349565X,1574.2
2010-09-01,Victoria,Supermarket and grocery stores,A3349565X,1549.8
2010-10-01,Victoria,Supermarket and grocery stores,A3349565X,1662.6
`;
